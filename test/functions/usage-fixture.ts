import { afterEach, beforeEach, vi } from "vitest";
import type { EmulatorHandle } from "../support/emulator";

/** Frozen for the program and the in-process emulator alike, so "now" and "this month" are fixed. */
export const NOW = "2026-03-20T12:34:56Z";

export function useFrozenClock(at = NOW): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date(at) });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/**
 * Hand-written hours whose cost follows from the emulator's prices (US cents per million tokens;
 * input/output/5m write/1h write/cache read): sonnet 300/1500/375/600/30, opus 1500/7500/..., haiku
 * 100/500/...; web search one cent each.
 */
export async function seedKnownUsage(emulator: EmulatorHandle) {
  const a = await emulator.control.seedWorkspace({ name: "A" });
  const b = await emulator.control.seedWorkspace({ name: "B" });
  await emulator.control.seedUsage({
    records: [
      // 0.3 + 3.0 + 0.15 + 0.06 + 0.3 = 3.81 cents
      {
        startingAt: "2026-03-10T01:00:00Z", workspaceId: a.id, model: "claude-sonnet-4-5", requests: 3,
        uncachedInputTokens: 1000, outputTokens: 2000, cacheReadInputTokens: 10_000, cacheCreation5m: 400, cacheCreation1h: 100,
      },
      // 0.015 cents
      { startingAt: "2026-03-10T05:00:00Z", workspaceId: b.id, model: "claude-opus-4-1", requests: 1, uncachedInputTokens: 10 },
      // 50 + 50 = 100 cents
      {
        startingAt: "2026-03-10T23:00:00Z", workspaceId: a.id, model: "claude-haiku-4-5", requests: 7,
        uncachedInputTokens: 500_000, outputTokens: 100_000,
      },
      // 0.0015 + 2 (two web searches) = 2.0015 cents
      { startingAt: "2026-03-11T03:00:00Z", workspaceId: a.id, model: "claude-sonnet-4-5", requests: 1, outputTokens: 1, webSearchRequests: 2 },
      // Last month: 1.5 cents
      { startingAt: "2026-02-25T00:00:00Z", workspaceId: a.id, model: "claude-sonnet-4-5", requests: 2, outputTokens: 1000 },
    ],
  });
  return { a, b };
}

export const tokens = (input: number, output: number, cacheRead: number, cacheCreation: number) => ({
  input, output, cacheRead, cacheCreation, total: input + output + cacheRead + cacheCreation,
});
