import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

const emu = useEmulator();
const BETA = { "anthropic-beta": "telemetry-destinations-2026-08-11" };
const BASE = "/v1/organizations/telemetry_destinations";
const TOKEN = "Bearer tok-3f9a7c1e5b";

const call = (method: string, path: string, body?: unknown) => adminFetch(emu, method, path, { body, headers: BETA });
const create = async (body: Record<string, unknown> = {}) => {
  const created = await call("POST", BASE, { endpoint_url: "https://otel.example.com/otlp", workspaces: { type: "all" }, ...body });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return created.body;
};
const list = async (id: string) => (await call("GET", `${BASE}/${id}/workspaces`)).body.data.map((e: { workspace_id: string }) => e.workspace_id);

describe("telemetry destinations", () => {
  it("need the beta header", async () => {
    const answer = await adminFetch(emu, "GET", BASE);
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/telemetry-destinations-2026-08-11/);
  });

  it("start enabled with defaults, and never return a header value", async () => {
    const created = await create({ display_name: "Collector", headers: { authorization: TOKEN } });
    expect(created).toMatchObject({
      type: "telemetry_destination", display_name: "Collector", endpoint_url: "https://otel.example.com/otlp",
      header_names: ["authorization"], state: { type: "enabled" }, workspaces: { type: "all" },
      traces: { content_mode: "metadata_only", enabled: true, endpoint_url: null, max_content_bytes: null },
      delivery_health: { last_error: null, last_error_at: null, last_success_at: null },
    });
    expect(created.id).toMatch(/^tdst_/);
    for (const read of [created, (await call("GET", `${BASE}/${created.id}`)).body, (await call("GET", BASE)).body]) {
      expect(JSON.stringify(read)).not.toContain("tok-3f9a7c1e5b");
    }
  });

  it("refuse URLs and headers the API's rules refuse, without echoing a value", async () => {
    const refused = async (body: Record<string, unknown>) => {
      const answer = await call("POST", BASE, { endpoint_url: "https://otel.example.com", workspaces: { type: "all" }, ...body });
      expect(answer.status).toBe(400);
      return answer.body.error.message as string;
    };
    expect(await refused({ endpoint_url: "http://otel.example.com" })).toMatch(/https/);
    expect(await refused({ endpoint_url: "https://10.0.0.1" })).toMatch(/not an IP address/);
    expect(await refused({ endpoint_url: "https://otel.example.com:4318" })).toMatch(/port 443/);
    expect(await refused({ endpoint_url: "https://otel.example.com/?x=1" })).toMatch(/query/);
    expect(await refused({ endpoint_url: "https://u:p@otel.example.com" })).toMatch(/username/);
    expect(await refused({ headers: { Host: "x" } })).toMatch(/reserved/);
    expect(await refused({ headers: { "x_forwarded_for": "x" } })).toMatch(/reserved/);
    expect(await refused({ headers: { a: "x", A: "y" } })).toMatch(/differ only in case/);
    const spaced = await refused({ headers: { authorization: ` ${TOKEN}` } });
    expect(spaced).toMatch(/headers\.authorization: value must not begin or end with a space/);
    expect(spaced).not.toContain("tok-3f9a7c1e5b");
    expect(await refused({ headers: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`h${i}`, "v"])) })).toMatch(/at most 20/);
  });

  it("merge header updates by name, demand endpoint_url with a value, and drop them all on a new host", async () => {
    const { id } = await create({ headers: { authorization: TOKEN, "x-team": "obs" } });
    expect((await call("POST", `${BASE}/${id}`, { headers: { "x-team": "infra" } })).status).toBe(400);
    const merged = await call("POST", `${BASE}/${id}`, { endpoint_url: "https://otel.example.com/otlp", headers: { "X-Team": "infra", authorization: null } });
    expect(merged.body.header_names).toEqual(["X-Team"]);
    const moved = await call("POST", `${BASE}/${id}`, { endpoint_url: "https://other.example.com" });
    expect(moved.body.header_names).toEqual([]);
    expect((await call("POST", `${BASE}/${id}`, { headers: null })).status).toBe(400);
    expect((await call("POST", `${BASE}/${id}`, {})).status).toBe(400);
  });

  it("keep a caller's disable reason, and enable again", async () => {
    const { id } = await create();
    expect((await call("POST", `${BASE}/${id}`, { state: { type: "disabled" } })).body.state).toEqual({ type: "disabled", reason: { type: "caller" } });
    expect((await call("POST", `${BASE}/${id}`, { state: { type: "enabled" } })).body.state).toEqual({ type: "enabled" });
  });

  it("keep include/exclude lists apart from the object, one workspace at a time or replaced whole", async () => {
    const a = await emu.control.seedWorkspace({ name: "A" });
    const b = await emu.control.seedWorkspace({ name: "B" });
    const { id, workspaces } = await create({ workspaces: { type: "include", workspace_ids: [a.id] } });
    expect(workspaces).toEqual({ type: "include" });
    expect(await list(id)).toEqual([a.id]);
    const added = await call("POST", `${BASE}/${id}/workspaces/${b.id}`);
    expect(added.body).toMatchObject({ type: "telemetry_destination_workspace", telemetry_destination_id: id, workspace_id: b.id });
    // Adding again answers the existing entry.
    expect((await call("POST", `${BASE}/${id}/workspaces/${b.id}`)).body).toEqual(added.body);
    expect(await list(id)).toEqual([b.id, a.id]);
    expect((await call("DELETE", `${BASE}/${id}/workspaces/${a.id}`)).body).toEqual({
      telemetry_destination_id: id, type: "telemetry_destination_workspace_deleted", workspace_id: a.id,
    });
    expect((await call("DELETE", `${BASE}/${id}/workspaces/${a.id}`)).status).toBe(404);
    // Covering filter: only destinations that cover one of the workspaces.
    const all = await create();
    const covering = async (ws: string) => (await call("GET", `${BASE}?workspace_ids[]=${ws}`)).body.data.map((d: { id: string }) => d.id);
    expect(await covering(b.id)).toEqual([all.id, id]);
    expect(await covering(a.id)).toEqual([all.id]);
    // All: no list; the per-workspace routes answer 400.
    const toAll = await call("POST", `${BASE}/${id}`, { workspaces: { type: "all" } });
    expect(toAll.body.workspaces).toEqual({ type: "all" });
    expect(await list(id)).toEqual([]);
    expect((await call("POST", `${BASE}/${id}/workspaces/${a.id}`)).status).toBe(400);
  });

  it("refuse unknown or archived workspaces, and at most 10 destinations", async () => {
    expect((await call("POST", BASE, { endpoint_url: "https://o.example.com", workspaces: { type: "include", workspace_ids: ["wrkspc_nope"] } })).status).toBe(400);
    for (let i = 0; i < 10; i++) await create();
    const refused = await call("POST", BASE, { endpoint_url: "https://o.example.com", workspaces: { type: "all" } });
    expect(refused.body.error.message).toMatch(/at most 10/);
  });

  it("delete answers the deleted marker; test answers success, then 429 within 10 seconds", async () => {
    const { id } = await create();
    expect((await call("POST", `${BASE}/${id}/test`)).body).toEqual({ type: "telemetry_destination_test", result: { type: "success" } });
    const again = await call("POST", `${BASE}/${id}/test`);
    expect(again.status).toBe(429);
    expect(Number(again.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await call("DELETE", `${BASE}/${id}`)).body).toEqual({ id, type: "telemetry_destination_deleted" });
    expect((await call("GET", `${BASE}/${id}`)).status).toBe(404);
  });
});
