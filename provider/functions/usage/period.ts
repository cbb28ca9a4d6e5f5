/**
 * The calendar periods a spend check or budget covers: the UTC day, the ISO week (Monday 00:00 UTC to
 * the next Monday) and the UTC calendar month. UTC because the analytics endpoints bucket in UTC; a
 * period in another time zone would cut through their hours and days.
 */
import { DAY_MS, bucketStart, nextBucket } from "./time";

export const SPEND_PERIODS = ["day", "week", "month"] as const;
export type SpendPeriod = (typeof SPEND_PERIODS)[number];

/** [start, end) of the `period` that contains `ms`. */
export function periodBounds(period: SpendPeriod, ms: number): { start: number; end: number } {
  if (period === "week") {
    const day = bucketStart(ms, "day");
    // getUTCDay: Sunday 0 .. Saturday 6; the ISO week starts on Monday.
    const start = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
    return { start, end: start + 7 * DAY_MS };
  }
  return { start: bucketStart(ms, period), end: nextBucket(ms, period) };
}

/**
 * The spend at the end of [start, end) if it goes on at the rate of [start, countedUntil): linear on the
 * hours counted so far. A period with no hour counted yet, or one already over, forecasts what it has.
 */
export function linearForecast(spent: bigint, start: number, countedUntil: number, end: number): bigint {
  const elapsed = countedUntil - start;
  if (elapsed <= 0 || countedUntil >= end) return spent;
  return (spent * BigInt(end - start)) / BigInt(elapsed);
}
