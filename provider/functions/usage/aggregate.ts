/**
 * Joins the usage report (tokens, requests) and the cost report (cents) into rows per time bucket and
 * model. Both are requested per model and per hour or day; months are folded from days here, since the
 * analytics API has no month bucket.
 */
import { ResponseValidationError } from "../../client/errors";
import type { WireCostItem, WireUsageItem } from "../../client/schemas";
import { centsToUnits, unitsToUsd } from "./money";
import type { ModelUsage, UsageRow, UsageTotals } from "../generated/usage";
import type { UsageFigures } from "./figures";
import { bucketStart, iso, nextBucket, type Granularity } from "./time";

interface Tally {
  input: number;
  output: number;
  cacheRead: number;
  cacheCreation: number;
  /** Null until a row reports a count (the API sends null where it cannot attribute one). */
  usageRequests: number | null;
  costRequests: number | null;
  costUnits: bigint;
}

type ByModel = Map<string | null, Tally>;

const emptyTally = (): Tally => ({
  input: 0, output: 0, cacheRead: 0, cacheCreation: 0, usageRequests: null, costRequests: null, costUnits: 0n,
});

const addCount = (a: number | null, b: number | null) => (b === null ? a : (a ?? 0) + b);

function tallyFor(models: ByModel, model: string | null | undefined): Tally {
  const key = model ?? null;
  let tally = models.get(key);
  if (!tally) models.set(key, (tally = emptyTally()));
  return tally;
}

function merge(into: Tally, from: Tally): void {
  into.input += from.input;
  into.output += from.output;
  into.cacheRead += from.cacheRead;
  into.cacheCreation += from.cacheCreation;
  into.usageRequests = addCount(into.usageRequests, from.usageRequests);
  into.costRequests = addCount(into.costRequests, from.costRequests);
  into.costUnits += from.costUnits;
}

function figures(t: Tally): UsageFigures {
  const tokens = { input: t.input, output: t.output, cacheRead: t.cacheRead, cacheCreation: t.cacheCreation };
  return {
    tokens: { ...tokens, total: t.input + t.output + t.cacheRead + t.cacheCreation },
    requests: t.usageRequests ?? t.costRequests ?? 0,
    costUsd: unitsToUsd(t.costUnits),
  };
}

/** By name, with unattributed usage last, so the same data always reads the same (stable diffs). */
function modelList(models: ByModel): ModelUsage[] {
  return [...models.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
    .map(([model, tally]) => ({ model, ...figures(tally) }));
}

function sum(models: Iterable<Tally>): Tally {
  const total = emptyTally();
  for (const t of models) merge(total, t);
  return total;
}

/**
 * `grid` is every bucket of the period; rows the API places outside it (it should not) get their own
 * bucket rather than being dropped, so the totals always match the reports.
 */
export function joinReports(
  grid: Array<{ start: number; end: number }>,
  granularity: Granularity,
  usage: WireUsageItem[],
  cost: WireCostItem[],
): { rows: UsageRow[]; totals: UsageTotals } {
  const buckets = new Map(grid.map((b) => [b.start, { ...b, models: new Map() as ByModel }]));
  const bucketOf = (startingAt: string) => {
    const ms = Date.parse(startingAt);
    const start = Math.max(bucketStart(ms, granularity), grid[0]?.start ?? -Infinity);
    let bucket = buckets.get(start);
    if (!bucket) buckets.set(start, (bucket = { start, end: nextBucket(ms, granularity), models: new Map() }));
    return bucket.models;
  };
  for (const item of usage) {
    const t = tallyFor(bucketOf(item.starting_at), item.group.model);
    const u = item.usage;
    t.input += u.uncached_input_tokens;
    t.output += u.output_tokens;
    t.cacheRead += u.cache_read_input_tokens;
    t.cacheCreation += u.cache_creation.ephemeral_5m_input_tokens + u.cache_creation.ephemeral_1h_input_tokens;
    t.usageRequests = addCount(t.usageRequests, u.requests);
  }
  for (const item of cost) {
    if (item.cost.currency !== "USD") {
      throw new ResponseValidationError(`getUsage: the cost report answered in ${item.cost.currency}; only USD is supported.`, {
        operation: "getUsage: listCost",
      });
    }
    const t = tallyFor(bucketOf(item.starting_at), item.group.model);
    t.costUnits += centsToUnits(item.cost.amount);
    t.costRequests = addCount(t.costRequests, item.cost.requests);
  }
  const ordered = [...buckets.values()].sort((a, b) => a.start - b.start);
  const totalsByModel: ByModel = new Map();
  const rows = ordered.map((bucket) => {
    for (const [model, t] of bucket.models) merge(tallyFor(totalsByModel, model), t);
    return { startingAt: iso(bucket.start), endingAt: iso(bucket.end), ...figures(sum(bucket.models.values())), models: modelList(bucket.models) };
  });
  return { rows, totals: { ...figures(sum(totalsByModel.values())), models: modelList(totalsByModel) } };
}
