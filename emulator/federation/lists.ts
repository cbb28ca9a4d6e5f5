import { z } from "zod";
import { ApiError, invalid } from "../errors";
import { cursorPageQuery, pageByCursor } from "../pagination";
import { q } from "../params";

// Shared pieces of the service-account and federation routes: slug names and `PageCursor` lists
// (`{data, next_page}`, no `has_more`: the SDK's PageCursor has none).

export const slug = z.string().regex(/^[a-z0-9-]{1,64}$/, "must be a slug: 1 to 64 lowercase letters, digits and hyphens");
export const DEFAULT_PAGE_SIZE = 20;

export const listQuery = z.object({ ...cursorPageQuery, include_archived: q.bool() });

export function cursorList<T>(items: T[], query: { limit?: number; page?: string }) {
  const { data, next_page } = pageByCursor(items, query, DEFAULT_PAGE_SIZE);
  return { data, next_page };
}

/** Newest first, as the SDK documents for service accounts. */
export const newestFirst = <T extends { created_at: string; id: string }>(a: T, b: T) =>
  a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1;

/** 409 when a live object of the same kind already has the name (an archived one's name may be reused). */
export function uniqueName(
  objects: Iterable<{ id: string; name: string; archived_at: string | null }>, name: string, what: string, except?: string,
): void {
  for (const object of objects) {
    if (object.name === name && object.archived_at === null && object.id !== except) {
      throw new ApiError(409, `A ${what} named '${name}' already exists in this organization.`);
    }
  }
}

export const archivedNotModifiable = (what: string, id: string) =>
  invalid(`${what} '${id}' is archived and cannot be updated; create a new one instead.`);
