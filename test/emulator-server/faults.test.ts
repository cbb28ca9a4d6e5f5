import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

const emu = useEmulator();
const ME = "GET /v1/organizations/me";

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await f();
  return [result, performance.now() - start];
}

describe("fault injection", () => {
  it("delays only the faulted route by latencyMs", async () => {
    await emu.control.fault({ route: ME, kind: "latency", latencyMs: 400 });
    const [slow, slowMs] = await timed(() => adminFetch(emu, "GET", "/v1/organizations/me"));
    const [fast, fastMs] = await timed(() => adminFetch(emu, "GET", "/v1/organizations/users"));
    expect(slow.status).toBe(200);
    expect(slowMs).toBeGreaterThanOrEqual(390);
    expect(fast.status).toBe(200);
    expect(fastMs).toBeLessThan(390);
  });

  it("answers a status fault with the real error type and retry-after, for `times` requests only", async () => {
    await emu.control.fault({ route: ME, kind: "status", status: 429, retryAfter: 7, times: 1 });
    const limited = await adminFetch(emu, "GET", "/v1/organizations/me");
    expect(limited.status).toBe(429);
    expect(limited.body.error.type).toBe("rate_limit_error");
    expect(limited.headers.get("retry-after")).toBe("7");
    expect(limited.body.request_id).toBe(limited.headers.get("request-id"));
    expect((await adminFetch(emu, "GET", "/v1/organizations/me")).status).toBe(200);
  });

  it("maps 500 to api_error and 529 to overloaded_error, and matches a template without a method", async () => {
    await emu.control.fault({ route: "/v1/organizations/workspaces", kind: "status", status: 529, times: 1 });
    await emu.control.fault({ route: "*", kind: "status", status: 500, times: 1 });
    const before = await emu.control.state();
    const overloaded = await adminFetch(emu, "POST", "/v1/organizations/workspaces", { body: { name: "never" } });
    expect(overloaded.status).toBe(529);
    expect(overloaded.body.error.type).toBe("overloaded_error");
    // The `*` fault was not used up by the 529: faults fire in order, and the first one answered.
    const broken = await adminFetch(emu, "GET", "/v1/organizations/users");
    expect(broken.status).toBe(500);
    expect(broken.body.error.type).toBe("api_error");
    expect(await emu.control.state()).toEqual(before);
  });

  it("drops the connection without a response, and logs it with status 0", async () => {
    await emu.control.fault({ route: ME, kind: "drop", times: 1 });
    await expect(adminFetch(emu, "GET", "/v1/organizations/me")).rejects.toThrow();
    expect((await adminFetch(emu, "GET", "/v1/organizations/me")).status).toBe(200);
    const { log } = await emu.control.requests();
    expect(log.map((entry) => [entry.route, entry.status])).toEqual([[ME, 0], [ME, 200]]);
  });

  it("applies a fault to about `rate` of the requests, the same ones on every run", async () => {
    await emu.control.fault({ route: ME, kind: "status", status: 503, rate: 0.25 });
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) statuses.push((await adminFetch(emu, "GET", "/v1/organizations/me")).status);
    const failed = statuses.filter((s) => s === 503).length;
    expect(failed).toBeGreaterThan(25);
    expect(failed).toBeLessThan(75);

    await emu.control.clearFaults();
    await emu.control.fault({ route: ME, kind: "status", status: 503, rate: 0.25 });
    const again: number[] = [];
    for (let i = 0; i < 200; i++) again.push((await adminFetch(emu, "GET", "/v1/organizations/me")).status);
    expect(again).toEqual(statuses);
  });

  it("stops after clearFaults", async () => {
    await emu.control.fault({ kind: "status", status: 500 });
    expect((await adminFetch(emu, "GET", "/v1/organizations/me")).status).toBe(500);
    await emu.control.clearFaults();
    expect((await adminFetch(emu, "GET", "/v1/organizations/me")).status).toBe(200);
  });

  it("rejects a status fault without a status", async () => {
    await expect(emu.control.fault({ kind: "status" })).rejects.toThrow(/status/);
  });
});

describe("rate limiting", () => {
  it("answers 429 rate_limit_error with retry-after once the per-minute limit is used up", async () => {
    await emu.control.setRateLimit(3);
    for (let i = 0; i < 3; i++) expect((await adminFetch(emu, "GET", "/v1/organizations/me")).status).toBe(200);
    const limited = await adminFetch(emu, "GET", "/v1/organizations/users");
    expect(limited.status).toBe(429);
    expect(limited.body.error.type).toBe("rate_limit_error");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    await emu.control.setRateLimit(null);
    expect((await adminFetch(emu, "GET", "/v1/organizations/users")).status).toBe(200);
  });
});

describe("request counters", () => {
  it("count API requests by route template and leave control requests out", async () => {
    const workspace = await emu.control.seedWorkspace({ name: "Counted" });
    await emu.control.state();
    await adminFetch(emu, "GET", `/v1/organizations/workspaces/${workspace.id}`);
    await adminFetch(emu, "GET", `/v1/organizations/workspaces/${workspace.id}`);
    await adminFetch(emu, "GET", "/v1/organizations/nowhere");
    const report = await emu.control.requests();
    expect(report.total).toBe(3);
    expect(report.byRoute).toEqual({
      "GET /v1/organizations/workspaces/{id}": 2,
      "GET (unmatched)": 1,
    });
    expect(report.log[0]).toMatchObject({
      method: "GET", route: "GET /v1/organizations/workspaces/{id}", path: `/v1/organizations/workspaces/${workspace.id}`, status: 200,
    });
    expect(report.log[0].at).toBeGreaterThan(Date.now() - 60_000);
    await emu.control.resetRequests();
    expect((await emu.control.requests()).total).toBe(0);
  });
});
