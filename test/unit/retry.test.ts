import { describe, expect, it } from "vitest";
import {
  DEFAULT_RETRY_POLICY,
  backoffDelayMs,
  parseRetryAfter,
  resolveRetryPolicy,
  retryDelayMs,
  shouldRetry,
} from "../../provider/client/retry";

const headers = (values: Record<string, string>) => (name: string) => values[name.toLowerCase()];
const status = (code: number, h: Record<string, string> = {}) => ({ kind: "status" as const, status: code, header: headers(h) });

describe("shouldRetry", () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 529])("retries %i for idempotent requests", (code) => {
    expect(shouldRetry(status(code), true)).toBe(true);
  });

  it.each([400, 401, 403, 404, 405, 413, 422, 501])("does not retry %i", (code) => {
    expect(shouldRetry(status(code), true)).toBe(false);
  });

  it("retries a create only on 429 and 529, which mean the server did not process it", () => {
    const retried = [408, 409, 429, 500, 502, 503, 504, 529].filter((code) => shouldRetry(status(code), false));
    expect(retried).toEqual([429, 529]);
  });

  it("obeys x-should-retry in both directions", () => {
    expect(shouldRetry(status(500, { "x-should-retry": "false" }), true)).toBe(false);
    expect(shouldRetry(status(409, { "x-should-retry": "true" }), false)).toBe(true);
    expect(shouldRetry(status(418, { "x-should-retry": "TRUE" }), true)).toBe(true);
  });

  it("never retries caller errors, even when the server says to", () => {
    for (const code of [400, 401, 403, 404, 422]) {
      expect(shouldRetry(status(code, { "x-should-retry": "true" }), true)).toBe(false);
    }
  });

  it("retries connection errors for idempotent requests, and for creates only when nothing was sent", () => {
    expect(shouldRetry({ kind: "connection", sent: true }, true)).toBe(true);
    expect(shouldRetry({ kind: "connection", sent: false }, false)).toBe(true);
    expect(shouldRetry({ kind: "connection", sent: true }, false)).toBe(false);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-03-01T12:00:00Z");

  it("reads retry-after-ms first", () => {
    expect(parseRetryAfter(headers({ "retry-after-ms": "1500", "retry-after": "9" }), now)).toBe(1500);
  });

  it("reads retry-after as seconds, fractional too", () => {
    expect(parseRetryAfter(headers({ "retry-after": "1" }), now)).toBe(1000);
    expect(parseRetryAfter(headers({ "retry-after": "2.5" }), now)).toBe(2500);
  });

  it("reads retry-after as an HTTP date", () => {
    expect(parseRetryAfter(headers({ "retry-after": "Sun, 01 Mar 2026 12:00:07 GMT" }), now)).toBe(7000);
  });

  it("falls through an unusable retry-after-ms to retry-after", () => {
    expect(parseRetryAfter(headers({ "retry-after-ms": "soon", "retry-after": "3" }), now)).toBe(3000);
    expect(parseRetryAfter(headers({ "retry-after-ms": "0", "retry-after": "3" }), now)).toBe(3000);
  });

  it.each([
    [{}],
    [{ "retry-after": "0" }],
    [{ "retry-after": "-5" }],
    [{ "retry-after": "later" }],
    [{ "retry-after": "Sun, 01 Mar 2026 11:59:00 GMT" }],
  ])("returns undefined for %j", (h) => {
    expect(parseRetryAfter(headers(h as Record<string, string>), now)).toBeUndefined();
  });
});

describe("backoff", () => {
  const noJitter = () => 0;
  const fullJitter = () => 0.999999;

  it("starts at 0.5 s and doubles to an 8 s cap", () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelayMs(DEFAULT_RETRY_POLICY, n, noJitter));
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it("jitter only shortens, by at most 25 %", () => {
    expect(backoffDelayMs(DEFAULT_RETRY_POLICY, 2, fullJitter)).toBeCloseTo(750, 0);
    for (let i = 0; i < 1000; i++) {
      const d = backoffDelayMs(DEFAULT_RETRY_POLICY, 3);
      expect(d).toBeGreaterThan(1500);
      expect(d).toBeLessThanOrEqual(2000);
    }
  });

  it("actually varies between calls", () => {
    const seen = new Set(Array.from({ length: 20 }, () => backoffDelayMs(DEFAULT_RETRY_POLICY, 1)));
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe("retryDelayMs", () => {
  const now = Date.parse("2026-03-01T12:00:00Z");

  it("waits exactly what the server asked for, without jitter", () => {
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, headers({ "retry-after": "1" }), now, () => 0.9)).toEqual({
      retry: true,
      delayMs: 1000,
    });
  });

  it("honours a request up to the cap and gives up beyond it", () => {
    const policy = resolveRetryPolicy({ maxRetryAfterMs: 5000 });
    expect(retryDelayMs(policy, 1, headers({ "retry-after": "5" }), now)).toEqual({ retry: true, delayMs: 5000 });
    expect(retryDelayMs(policy, 1, headers({ "retry-after": "6" }), now)).toEqual({ retry: false, retryAfterMs: 6000 });
  });

  it("uses backoff when the server sent no usable header", () => {
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 3, headers({}), now, () => 0)).toEqual({ retry: true, delayMs: 2000 });
  });
});

describe("resolveRetryPolicy", () => {
  it("defaults to 2 retries, 0.5 s to 8 s, 60 s retry-after cap", () => {
    expect(resolveRetryPolicy()).toEqual({
      maxRetries: 2,
      initialDelayMs: 500,
      maxDelayMs: 8000,
      maxRetryAfterMs: 60000,
      jitter: 0.25,
    });
  });

  it("overrides only what is given", () => {
    expect(resolveRetryPolicy({ maxRetries: 5, initialDelayMs: undefined }).maxRetries).toBe(5);
    expect(resolveRetryPolicy({ maxRetries: 5, initialDelayMs: undefined }).initialDelayMs).toBe(500);
  });

  it("rejects nonsense", () => {
    expect(() => resolveRetryPolicy({ maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => resolveRetryPolicy({ maxRetries: 1.5 })).toThrow(/maxRetries/);
    expect(() => resolveRetryPolicy({ jitter: 2 })).toThrow(/jitter/);
  });
});
