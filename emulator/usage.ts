// Synthetic but consistent usage: hourly records derived from a seed (same seed and sources, same
// numbers), plus any explicit records a test seeds. Cost is always computed from the same token counts.

export interface UsageRecord {
  /** Start of the hour (or minute, for 1m reports), ms since the epoch. */
  at: number;
  workspace_id: string;
  api_key_id: string | null;
  model: string;
  uncached_input_tokens: number;
  output_tokens: number;
  cache_read_input_tokens: number;
  cache_creation_5m: number;
  cache_creation_1h: number;
  requests: number;
  web_search_requests: number;
  /** Attribution a test may seed; absent reads as Messages API usage at the standard tier, global inference. */
  product?: string;
  service_tier?: string;
  inference_geo?: string;
}

const COUNTS = [
  "uncached_input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation_5m", "cache_creation_1h",
  "requests", "web_search_requests",
] as const;

export interface UsageGenerator {
  seed: number;
  models: string[];
  sources: Array<{ workspace_id: string; api_key_id: string | null }>;
  /** Hours from `from` (inclusive) up to the current hour; ms since the epoch. */
  from: number;
}

export interface UsageState {
  generators: UsageGenerator[];
  records: UsageRecord[];
}

export const emptyUsage = (): UsageState => ({ generators: [], records: [] });

export const DEFAULT_MODELS = ["claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5"];

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

/** US cents per million tokens: input, output, 5-minute cache write, 1-hour cache write, cache read. */
const PRICES: Record<string, [number, number, number, number, number]> = {
  "claude-opus-4-1": [1500, 7500, 1875, 3000, 150],
  "claude-sonnet-4-5": [300, 1500, 375, 600, 30],
  "claude-haiku-4-5": [100, 500, 125, 200, 10],
};

export const TOKEN_TYPES = [
  "uncached_input_tokens", "output_tokens", "cache_creation.ephemeral_5m_input_tokens",
  "cache_creation.ephemeral_1h_input_tokens", "cache_read_input_tokens",
] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

/** Cost of one token type in millionths of a cent, so sums stay exact integers. */
export function tokenCostMicroCents(record: UsageRecord, type: TokenType): number {
  const [input, output, write5m, write1h, read] = PRICES[record.model] ?? PRICES["claude-sonnet-4-5"];
  switch (type) {
    case "uncached_input_tokens": return record.uncached_input_tokens * input;
    case "output_tokens": return record.output_tokens * output;
    case "cache_creation.ephemeral_5m_input_tokens": return record.cache_creation_5m * write5m;
    case "cache_creation.ephemeral_1h_input_tokens": return record.cache_creation_1h * write1h;
    case "cache_read_input_tokens": return record.cache_read_input_tokens * read;
  }
}

/** Web search is $10 per thousand searches: one cent each. */
export const webSearchMicroCents = (record: UsageRecord) => record.web_search_requests * 1_000_000;

export function formatMicroCents(value: number): string {
  const whole = Math.floor(value / 1_000_000);
  const fraction = String(value % 1_000_000).padStart(6, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** Hourly records whose hour starts in [start, end), from every generator and explicit record. */
export function hourlyRecords(state: UsageState, start: number, end: number, nowMs = Date.now()): UsageRecord[] {
  const out = state.records.filter((r) => r.at >= start && r.at < end);
  for (const gen of state.generators) {
    const first = Math.max(Math.ceil(start / HOUR) * HOUR, Math.ceil(gen.from / HOUR) * HOUR);
    const last = Math.min(end, Math.floor(nowMs / HOUR) * HOUR);
    for (let hour = first; hour < last; hour += HOUR) {
      gen.sources.forEach((source, s) => {
        gen.models.forEach((model, m) => {
          const record = synthesize(gen.seed, s, m, hour, model, source);
          if (record) out.push(record);
        });
      });
    }
  }
  return out;
}

/** Spreads each hour evenly over its minutes, so 1m buckets add up to the 1h numbers exactly. */
export function minuteRecords(hourly: UsageRecord[], start: number, end: number): UsageRecord[] {
  const out: UsageRecord[] = [];
  for (const r of hourly) {
    for (let minute = 0; minute < 60; minute++) {
      const at = r.at + minute * MINUTE;
      if (at < start || at >= end) continue;
      const piece: UsageRecord = { ...r, at };
      for (const field of COUNTS) piece[field] = Math.floor(r[field] / 60) + (minute < r[field] % 60 ? 1 : 0);
      if (piece.requests > 0 || piece.uncached_input_tokens > 0 || piece.output_tokens > 0) out.push(piece);
    }
  }
  return out;
}

function synthesize(
  seed: number, source: number, model: number, hour: number, modelName: string,
  ids: { workspace_id: string; api_key_id: string | null },
): UsageRecord | null {
  const h = (salt: number) => hash32(seed, source, model, hour / HOUR, salt);
  // A quiet hour now and then, as in real traffic.
  if (h(0) % 7 === 0) return null;
  const requests = 1 + (h(1) % 60);
  return {
    at: hour, workspace_id: ids.workspace_id, api_key_id: ids.api_key_id, model: modelName, requests,
    uncached_input_tokens: requests * (200 + (h(2) % 1800)),
    output_tokens: requests * (50 + (h(3) % 450)),
    cache_read_input_tokens: requests * (h(4) % 1000),
    cache_creation_5m: requests * (h(5) % 200),
    cache_creation_1h: h(6) % 4 === 0 ? requests * 40 : 0,
    web_search_requests: h(7) % 5 === 0 ? 1 + (h(8) % 3) : 0,
  };
}

function hash32(...parts: number[]): number {
  let x = 0x811c9dc5;
  for (const part of parts) {
    x = Math.imul(x ^ (part & 0xffffffff), 0x01000193);
    x = Math.imul(x ^ Math.floor(part / 0x1_0000_0000), 0x01000193);
    x ^= x >>> 15;
    x = Math.imul(x, 0x2c1b3c6d);
    x ^= x >>> 12;
  }
  return x >>> 0;
}
