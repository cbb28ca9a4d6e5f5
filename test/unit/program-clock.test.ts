import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { programClockEnv } from "../support/program-clock";

// The clock the engine tests give a program (spend-alerts): every Node process started with the
// environment reads the machine's clock moved by the offset; dates built from a value are untouched.
function readClock(offsetMs: number): { now: number; constructed: number; epoch: number; parsed: number; isDate: boolean; called: string } {
  const script = `
const d = new Date();
console.log(JSON.stringify({ now: Date.now(), constructed: d.getTime(), epoch: new Date(0).getTime(),
  parsed: Date.parse("2026-03-16T00:00:00Z"), isDate: d instanceof Date, called: Date() }));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { env: { ...process.env, ...programClockEnv(offsetMs) }, encoding: "utf8" }));
}

describe("programClockEnv", () => {
  test.each([[2 * 3_600_000], [-7 * 24 * 3_600_000]])("moves now by %i ms in a child process, and only now", (offset) => {
    const before = Date.now();
    const clock = readClock(offset);
    const after = Date.now();
    for (const now of [clock.now, clock.constructed]) {
      expect(now).toBeGreaterThanOrEqual(before + offset);
      expect(now).toBeLessThanOrEqual(after + offset);
    }
    expect(clock.epoch).toBe(0);
    expect(clock.parsed).toBe(Date.UTC(2026, 2, 16));
    expect(clock.isDate).toBe(true);
    expect(Math.abs(Date.parse(clock.called) - (before + offset))).toBeLessThan(60_000);
  });
});
