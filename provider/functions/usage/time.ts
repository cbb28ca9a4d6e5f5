/** UTC time buckets for the usage report, and the request windows the analytics API allows. */
import type { Granularity } from "../generated/usage";

export type { Granularity } from "../generated/usage";

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** The analytics endpoints answer at most 31 days per request. */
export const MAX_WINDOW_MS = 31 * DAY_MS;

/** Start of the UTC hour, day or month that contains `ms`. */
export function bucketStart(ms: number, granularity: Granularity): number {
  if (granularity === "hour") return Math.floor(ms / HOUR_MS) * HOUR_MS;
  if (granularity === "day") return Math.floor(ms / DAY_MS) * DAY_MS;
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

/** Start of the bucket after the one that contains `ms`. */
export function nextBucket(ms: number, granularity: Granularity): number {
  if (granularity === "hour") return bucketStart(ms, granularity) + HOUR_MS;
  if (granularity === "day") return bucketStart(ms, granularity) + DAY_MS;
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * Every bucket of [start, end), the first and last clipped to the period: a month row of a period
 * that starts on the 15th covers the 15th onwards.
 */
export function bucketGrid(start: number, end: number, granularity: Granularity): Array<{ start: number; end: number }> {
  const grid: Array<{ start: number; end: number }> = [];
  for (let at = start; at < end; at = nextBucket(at, granularity)) {
    grid.push({ start: at, end: Math.min(nextBucket(at, granularity), end) });
  }
  return grid;
}

/**
 * [requested, end) cut into as few windows of at most 31 days as the API allows. The first starts at
 * the instant asked for (the API snaps its buckets down to the hour or day, so a period like "the last
 * 31 days" is one window, not a 31-day window and a sliver); every later one starts on a bucket
 * boundary, so no bucket is fetched twice.
 */
export function requestWindows(requested: number, end: number, granularity: Granularity): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (let from = requested; from < end; ) {
    const limit = from + MAX_WINDOW_MS;
    const to = limit >= end ? end : bucketStart(limit, granularity === "hour" ? "hour" : "day");
    windows.push([from, to]);
    from = to;
  }
  return windows;
}

/** RFC 3339 in UTC, without milliseconds when there are none, as the API writes timestamps. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}
