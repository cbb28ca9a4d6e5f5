import { describe, expect, it } from "vitest";
import { centsToUnits, unitsToUsd, usdToUnits } from "../../provider/functions/usage/money";
import { bucketGrid, bucketStart, iso, nextBucket, requestWindows } from "../../provider/functions/usage/time";

const ms = (text: string) => Date.parse(text);

describe("cost amounts", () => {
  it("reads decimal cents exactly and turns them into dollars", () => {
    expect(centsToUnits("3.3015")).toBe(3_301_500_000n);
    expect(centsToUnits("0")).toBe(0n);
    expect(centsToUnits("-12.5")).toBe(-12_500_000_000n);
    expect(unitsToUsd(centsToUnits("3.3015"))).toBe(0.033015);
    expect(unitsToUsd(centsToUnits("500000"))).toBe(5000);
  });

  it("rounds digits past a billionth of a cent half up", () => {
    expect(centsToUnits("0.0000000014")).toBe(1n);
    expect(centsToUnits("0.0000000015")).toBe(2n);
  });

  it("adds many small amounts without floating-point drift", () => {
    let units = 0n;
    for (let i = 0; i < 1000; i++) units += centsToUnits("0.1");
    expect(unitsToUsd(units)).toBe(1); // 1000 x 0.1 cents; summing 0.001 as doubles gives 1.0000000000000007
  });

  it("takes a threshold in dollars into the same units", () => {
    expect(usdToUnits(1.1)).toBe(110_000_000_000n);
    expect(usdToUnits(0)).toBe(0n);
    expect(usdToUnits(5000)).toBe(centsToUnits("500000"));
  });

  it("rejects a string that is not a decimal", () => {
    expect(() => centsToUnits("1e5")).toThrow(/not a decimal amount/);
  });
});

describe("time buckets", () => {
  it("finds the UTC hour, day and month of an instant", () => {
    const at = ms("2026-02-28T23:59:59.999Z");
    expect(iso(bucketStart(at, "hour"))).toBe("2026-02-28T23:00:00Z");
    expect(iso(bucketStart(at, "day"))).toBe("2026-02-28T00:00:00Z");
    expect(iso(bucketStart(at, "month"))).toBe("2026-02-01T00:00:00Z");
    expect(iso(nextBucket(at, "month"))).toBe("2026-03-01T00:00:00Z");
    expect(iso(nextBucket(ms("2026-12-15T00:00:00Z"), "month"))).toBe("2027-01-01T00:00:00Z");
  });

  it("lays out every bucket of a period, the last clipped to its end", () => {
    const grid = bucketGrid(ms("2026-01-20T00:00:00Z"), ms("2026-03-05T06:00:00Z"), "month");
    expect(grid.map((b) => [iso(b.start), iso(b.end)])).toEqual([
      ["2026-01-20T00:00:00Z", "2026-02-01T00:00:00Z"],
      ["2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z"],
      ["2026-03-01T00:00:00Z", "2026-03-05T06:00:00Z"],
    ]);
    expect(bucketGrid(ms("2026-01-01T00:00:00Z"), ms("2026-01-02T00:00:00Z"), "hour")).toHaveLength(24);
  });

  it("cuts a period into request windows of at most 31 days that meet exactly", () => {
    const windows = requestWindows(ms("2026-01-01T00:00:00Z"), ms("2026-03-15T00:00:00Z"), "day");
    expect(windows.map(([a, b]) => [iso(a), iso(b)])).toEqual([
      ["2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"],
      ["2026-02-01T00:00:00Z", "2026-03-04T00:00:00Z"],
      ["2026-03-04T00:00:00Z", "2026-03-15T00:00:00Z"],
    ]);
    expect(requestWindows(ms("2026-01-01T00:00:00Z"), ms("2026-01-01T05:00:00Z"), "hour")).toHaveLength(1);
  });

  it("takes the last 31 days in one window from the instant asked for, and later windows from bucket boundaries", () => {
    const now = ms("2026-03-20T15:42:07Z");
    expect(requestWindows(now - 31 * 86_400_000, now, "hour")).toEqual([[now - 31 * 86_400_000, now]]);
    expect(requestWindows(now - 31 * 86_400_000, now, "day")).toHaveLength(1);
    const windows = requestWindows(ms("2026-01-01T10:30:00Z"), now, "day");
    expect(windows.map(([a, b]) => [iso(a), iso(b)])).toEqual([
      ["2026-01-01T10:30:00Z", "2026-02-01T00:00:00Z"],
      ["2026-02-01T00:00:00Z", "2026-03-04T00:00:00Z"],
      ["2026-03-04T00:00:00Z", "2026-03-20T15:42:07Z"],
    ]);
  });
});
