import { invalid } from "./errors";
import { limitParam, q } from "./params";

// The two list styles of the Admin API: id cursors (`Page` in the SDK) and opaque page tokens
// (`PageCursor` / `ReportPageCursor`).

export const idPageQuery = {
  limit: limitParam.default(20),
  before_id: q.one(),
  after_id: q.one(),
};

export interface IdPage<T> {
  data: T[];
  has_more: boolean;
  first_id: string | null;
  last_id: string | null;
}

/**
 * `items` must be in ascending key order. Cursors compare as strings, so a cursor whose object has since
 * been deleted still resumes at the right place.
 */
export function pageById<T>(
  items: T[], keyOf: (item: T) => string,
  query: { limit: number; before_id?: string; after_id?: string },
): IdPage<T> {
  const { limit, before_id, after_id } = query;
  if (before_id !== undefined && after_id !== undefined) throw invalid("Cannot specify both before_id and after_id.");
  let data: T[];
  let hasMore: boolean;
  if (before_id !== undefined) {
    const end = lowerBound(items, keyOf, before_id);
    data = items.slice(Math.max(0, end - limit), end);
    hasMore = end - limit > 0;
  } else {
    let start = 0;
    if (after_id !== undefined) {
      start = lowerBound(items, keyOf, after_id);
      if (start < items.length && keyOf(items[start]) === after_id) start += 1;
    }
    data = items.slice(start, start + limit);
    hasMore = start + limit < items.length;
  }
  return {
    data,
    has_more: hasMore,
    first_id: data.length ? keyOf(data[0]) : null,
    last_id: data.length ? keyOf(data[data.length - 1]) : null,
  };
}

/** Index of the first item whose key is >= `key` (binary search: lists of thousands stay cheap). */
function lowerBound<T>(items: T[], keyOf: (item: T) => string, key: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const cursorPageQuery = { limit: limitParam.optional(), page: q.one() };

export function encodePageToken(offset: number): string {
  return `page_${Buffer.from(`o:${offset}`).toString("base64url")}`;
}

function decodePageToken(token: string): number {
  const match = /^page_([A-Za-z0-9_-]+)$/.exec(token);
  const decoded = match ? /^o:(\d+)$/.exec(Buffer.from(match[1], "base64url").toString()) : null;
  if (!decoded) throw invalid(`page: '${token}' is not a page token this endpoint issued.`);
  return Number(decoded[1]);
}

export interface CursorPage<T> {
  data: T[];
  next_page: string | null;
}

/** Offset paging behind an opaque token; with no `limit` (and no default), everything in one page. */
export function pageByCursor<T>(
  items: T[], query: { limit?: number; page?: string }, defaultLimit?: number,
): CursorPage<T> & { has_more: boolean } {
  const start = query.page === undefined ? 0 : decodePageToken(query.page);
  const limit = query.limit ?? defaultLimit ?? Math.max(items.length - start, 1);
  const data = items.slice(start, start + limit);
  const hasMore = start + limit < items.length;
  return { data, has_more: hasMore, next_page: hasMore ? encodePageToken(start + limit) : null };
}
