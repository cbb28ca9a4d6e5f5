/**
 * Lazy async iteration over the Admin API's two list styles. Nothing is fetched until iteration
 * starts, and a page is fetched only when the previous one is used up. A list that claims more pages
 * but gives no usable cursor fails loudly: silently stopping would make `refresh` believe objects
 * were deleted.
 */
import { z } from "zod";
import { ResponseValidationError } from "./errors";

/** `before_id`/`after_id`/`limit` lists: users, invites, workspaces, members, API keys. */
export function idPageSchema<T extends z.ZodType>(item: T) {
  return z.lazy(() =>
    z.looseObject({
      data: z.array(item),
      has_more: z.boolean(),
      first_id: z.string().nullable().optional(),
      last_id: z.string().nullable(),
    }),
  );
}

/** `page` -> `next_page` lists: rate limits, spend limits, analytics reports. */
export function cursorPageSchema<T extends z.ZodType>(item: T) {
  return z.lazy(() =>
    z.looseObject({
      data: z.array(item),
      next_page: z.string().nullable(),
      has_more: z.boolean().optional(),
    }),
  );
}

export interface IdPage<T> {
  data: T[];
  has_more: boolean;
  last_id: string | null;
}

export interface CursorPage<T> {
  data: T[];
  next_page: string | null;
  has_more?: boolean;
}

function stuck(operation: string, why: string): ResponseValidationError {
  return new ResponseValidationError(`${operation} failed: the server's pagination ${why}`, { operation });
}

/** Each `for await` starts again from the first page; a bare generator would be empty the second time. */
function reiterable<T>(start: () => AsyncGenerator<T, void, undefined>): AsyncIterable<T> {
  return { [Symbol.asyncIterator]: start };
}

/** Follows `last_id` as `after_id` while `has_more` is true. */
export function paginateById<T>(
  operation: string,
  fetchPage: (afterId: string | undefined) => Promise<IdPage<T>>,
): AsyncIterable<T> {
  return reiterable(() => idPages(operation, fetchPage));
}

async function* idPages<T>(
  operation: string,
  fetchPage: (afterId: string | undefined) => Promise<IdPage<T>>,
): AsyncGenerator<T, void, undefined> {
  let afterId: string | undefined;
  for (;;) {
    const page = await fetchPage(afterId);
    yield* page.data;
    if (!page.has_more) return;
    if (!page.last_id) throw stuck(operation, "reported has_more without a last_id");
    if (page.last_id === afterId) throw stuck(operation, `returned the same last_id ${page.last_id} twice`);
    afterId = page.last_id;
  }
}

/** Follows `next_page` as `page` until it is null or `has_more` is false. */
export function paginateByCursor<T>(
  operation: string,
  fetchPage: (page: string | undefined) => Promise<CursorPage<T>>,
): AsyncIterable<T> {
  return reiterable(() => cursorPages(operation, fetchPage));
}

async function* cursorPages<T>(
  operation: string,
  fetchPage: (page: string | undefined) => Promise<CursorPage<T>>,
): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage(cursor);
    yield* page.data;
    if (page.has_more === false || !page.next_page) return;
    if (seen.has(page.next_page)) throw stuck(operation, "returned a page cursor it had already returned");
    seen.add(page.next_page);
    cursor = page.next_page;
  }
}

/** Drains an async iterable into an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
