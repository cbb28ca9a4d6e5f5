import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

const emu = useEmulator();
const BETA = { "anthropic-beta": "webhooks-2026-10-07" };
const BASE = "/v1/organizations/webhooks";
const events = ["user_profile.enforcement_action_opened"];

const call = (method: string, path: string, body?: unknown) => adminFetch(emu, method, path, { body, headers: BETA });
const create = async (body: Record<string, unknown> = {}) => {
  const created = await call("POST", BASE, { url: "https://example.com/hooks", enabled_events: events, ...body });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  return created.body;
};

describe("organization webhook endpoints", () => {
  it("answer 404 without the beta header, as if the API did not exist", async () => {
    const { id } = await create();
    for (const [method, path] of [["GET", BASE], ["POST", BASE], ["GET", `${BASE}/${id}`], ["DELETE", `${BASE}/${id}`]] as const) {
      const answer = await adminFetch(emu, method, path, { body: method === "POST" ? { url: "https://x.example", enabled_events: events } : undefined });
      expect(answer.status, `${method} ${path}`).toBe(404);
    }
    expect((await call("GET", `${BASE}/${id}`)).status).toBe(200);
  });

  it("return the signing secret at create only; reads never carry it", async () => {
    const created = await create({ name: "alerts" });
    expect(created.signing_secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    expect(created).toMatchObject({ url: "https://example.com/hooks", enabled_events: events, name: "alerts", description: "", state: "enabled", disabled_reason: "" });
    const { signing_secret: _secret, ...endpoint } = created;
    expect((await call("GET", `${BASE}/${created.id}`)).body).toEqual(endpoint);
    const listed = await call("GET", BASE);
    expect(listed.body.data).toEqual([endpoint]);
    expect(JSON.stringify(listed.body)).not.toContain(created.signing_secret);
  });

  it("regenerate_signing_secret answers a new secret, and only the secret", async () => {
    const created = await create();
    const regenerated = await call("POST", `${BASE}/${created.id}/regenerate_signing_secret`);
    expect(regenerated.status).toBe(200);
    expect(Object.keys(regenerated.body)).toEqual(["signing_secret"]);
    expect(regenerated.body.signing_secret).toMatch(/^whsec_/);
    expect(regenerated.body.signing_secret).not.toBe(created.signing_secret);
  });

  it("update changes only the fields sent; an empty event list leaves the set alone", async () => {
    const created = await create({ name: "a", description: "d" });
    const updated = await call("POST", `${BASE}/${created.id}`, { name: "b", enabled_events: [] });
    expect(updated.body).toMatchObject({ name: "b", description: "d", enabled_events: events, url: "https://example.com/hooks" });
    const disabled = await call("POST", `${BASE}/${created.id}`, { state: "disabled", enabled_events: ["external_key.failed", "external_key.failed"] });
    expect(disabled.body).toMatchObject({ state: "disabled", disabled_reason: "", enabled_events: ["external_key.failed"] });
  });

  it("refuse what the SDK's types do not allow", async () => {
    const bad = async (body: unknown) => (await call("POST", BASE, body)).body.error.message as string;
    expect(await bad({ url: "http://example.com", enabled_events: events })).toMatch(/^url: must use https/);
    expect(await bad({ url: "https://example.com", enabled_events: [] })).toMatch(/^enabled_events: must list at least one/);
    expect(await bad({ url: "https://example.com", enabled_events: ["user.created"] })).toMatch(/^enabled_events\.0:/);
    expect(await bad({ url: "https://example.com", enabled_events: events, state: "disabled" })).toMatch(/state/);
    const created = await create();
    expect((await call("POST", `${BASE}/${created.id}`, { state: "paused" })).status).toBe(400);
  });

  it("list newest first by default, oldest first with order=asc, by id cursors", async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await create({ name: `e${i}` })).id);
    expect((await call("GET", BASE)).body.data.map((e: { id: string }) => e.id)).toEqual([...ids].reverse());
    const first = await call("GET", `${BASE}?order=asc&limit=2`);
    expect(first.body).toMatchObject({ has_more: true, first_id: ids[0], last_id: ids[1] });
    const next = await call("GET", `${BASE}?order=asc&limit=2&after_id=${ids[1]}`);
    expect(next.body.data.map((e: { id: string }) => e.id)).toEqual(ids.slice(2, 4));
    const back = await call("GET", `${BASE}?limit=2&before_id=${ids[1]}`);
    expect(back.body.data.map((e: { id: string }) => e.id)).toEqual([ids[3], ids[2]]);
  });

  it("delete answers the deleted marker, then 404", async () => {
    const created = await create();
    expect((await call("DELETE", `${BASE}/${created.id}`)).body).toEqual({ id: created.id, type: "webhook_endpoint_deleted" });
    expect((await call("GET", `${BASE}/${created.id}`)).status).toBe(404);
    expect((await call("DELETE", `${BASE}/${created.id}`)).status).toBe(404);
  });

  it("hold at most 32 endpoints, and a reset removes them", async () => {
    for (let i = 0; i < 32; i++) await create();
    const refused = await call("POST", BASE, { url: "https://example.com", enabled_events: events });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/at most 32/);
    await emu.control.reset();
    expect((await call("GET", BASE)).body.data).toEqual([]);
  });
});
