import type { EmulatorHandle } from "../support/emulator";

/** Haiku output is 500 US cents per million tokens in the emulator: 200,000 tokens cost one dollar. */
const dollars = (usd: number) => ({ model: "claude-haiku-4-5", outputTokens: usd * 200_000, requests: 1 });

/**
 * Spend on both sides of the week's and the month's boundaries, in powers of two dollars so that every
 * sum names the hours it counted. The clock of these tests is Friday 2026-03-20T12:34:56Z: the ISO week
 * is 2026-03-16 (Monday) to 2026-03-23, the day 2026-03-20, the month March.
 */
export async function seedBoundaryUsage(emulator: EmulatorHandle) {
  const a = await emulator.control.seedWorkspace({ name: "A" });
  const b = await emulator.control.seedWorkspace({ name: "B" });
  await emulator.control.seedUsage({
    records: [
      { startingAt: "2026-02-28T23:00:00Z", workspaceId: b.id, ...dollars(64) }, // February's last hour
      { startingAt: "2026-03-01T00:00:00Z", workspaceId: b.id, ...dollars(128) }, // March's first hour
      { startingAt: "2026-03-09T00:00:00Z", workspaceId: a.id, ...dollars(1) }, // last week
      { startingAt: "2026-03-15T23:00:00Z", workspaceId: a.id, ...dollars(2) }, // Sunday 23:00-24:00: last week
      { startingAt: "2026-03-16T00:00:00Z", workspaceId: a.id, ...dollars(4) }, // Monday 00:00: this week
      { startingAt: "2026-03-17T10:00:00Z", workspaceId: b.id, ...dollars(8) },
      // $1.50: 100,000 Opus input tokens at 1500 cents per million.
      { startingAt: "2026-03-18T05:00:00Z", workspaceId: b.id, model: "claude-opus-4-1", uncachedInputTokens: 100_000, requests: 1 },
      { startingAt: "2026-03-20T11:00:00Z", workspaceId: a.id, ...dollars(16) }, // the last whole hour before now
      { startingAt: "2026-03-20T12:00:00Z", workspaceId: a.id, ...dollars(32) }, // the current hour: not reported yet
      { startingAt: "2026-03-31T23:00:00Z", workspaceId: a.id, ...dollars(512) }, // March's last hour
      { startingAt: "2026-04-01T00:00:00Z", workspaceId: a.id, ...dollars(256) }, // April's first hour
    ],
  });
  return { a, b };
}
