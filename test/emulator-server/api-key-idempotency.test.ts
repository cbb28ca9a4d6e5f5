import { beforeEach, describe, expect, it } from "vitest";
import { IDEMPOTENCY_WINDOW_MS, createOnce } from "../../emulator/idempotency";
import type { Ctx } from "../../emulator/router";
import { Store } from "../../emulator/store";
import { adminFetch, useEmulator } from "../support/emulator";

// `POST /v1/organizations/api_keys` with an `Idempotency-Key`: a repeat replays the first response and
// mints nothing, so a create resent after a timeout or a crash cannot leave an orphaned key behind.

const emu = useEmulator();
const PATH = "/v1/organizations/api_keys";
let workspaceId: string;

beforeEach(async () => {
  workspaceId = (await emu.control.seedWorkspace({ name: "Keys" })).id;
});

const create = (body: unknown, key?: string) =>
  adminFetch(emu, "POST", PATH, { body, headers: key === undefined ? {} : { "Idempotency-Key": key } });

describe("API key creation with an Idempotency-Key", () => {
  it("replays the first response, secret included, and mints one key", async () => {
    const first = await create({ name: "portal", workspace_id: workspaceId }, "create-portal-1");
    // The same body with its fields in another order is the same request.
    const again = await create({ workspace_id: workspaceId, name: "portal" }, "create-portal-1");
    expect(first.status).toBe(200);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(again.body.key).toMatch(/^sk-ant-api03-/);
    expect(again.headers.get("request-id")).not.toBe(first.headers.get("request-id"));
    const { apiKeys } = await emu.control.state();
    expect(apiKeys.map((k) => k.id)).toEqual([first.body.id]);
  });

  it("mints a key per distinct idempotency key, and one per request without any", async () => {
    const body = { name: "portal", workspace_id: workspaceId };
    const ids = [
      (await create(body, "a")).body.id, (await create(body, "b")).body.id,
      (await create(body)).body.id, (await create(body)).body.id,
    ];
    expect(new Set(ids).size).toBe(4);
    expect((await emu.control.state()).apiKeys).toHaveLength(4);
  });

  it("answers the same key with a different body with 409 conflict_error, and mints nothing", async () => {
    const first = await create({ name: "portal", workspace_id: workspaceId }, "k1");
    const conflict = await create({ name: "billing", workspace_id: workspaceId }, "k1");
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.type).toBe("conflict_error");
    expect(conflict.body.error.message).toContain("Idempotency-Key was already used with a different request");
    expect(conflict.headers.get("x-should-retry")).toBe("false");
    expect(conflict.body.request_id).toBe(conflict.headers.get("request-id"));
    expect((await emu.control.state()).apiKeys.map((k) => k.id)).toEqual([first.body.id]);
  });

  it.each([
    ["empty", ""],
    ["256 characters long", "k".repeat(256)],
    ["holding a tab", "a\tb"],
    ["not ASCII", "clé"],
  ])("rejects a header %s with 400 naming Idempotency-Key, before creating anything", async (_what, key) => {
    const response = await create({ name: "portal", workspace_id: workspaceId }, key);
    expect(response.status).toBe(400);
    expect(response.body.error.type).toBe("invalid_request_error");
    expect(response.body.error.message).toBe("Idempotency-Key: must be 1 to 255 printable ASCII characters.");
    expect((await emu.control.state()).apiKeys).toEqual([]);
  });

  it("accepts a 255-character key of printable ASCII, spaces inside included", async () => {
    const key = `a ${"~".repeat(253)}`;
    expect(key).toHaveLength(255);
    const first = await create({ name: "portal", workspace_id: workspaceId }, key);
    const again = await create({ name: "portal", workspace_id: workspaceId }, key);
    expect(first.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
  });

  it("saves only completed creates: after a rejected one the key serves the corrected request", async () => {
    const rejected = await create({ name: "portal", workspace_id: "wrkspc_01missing" }, "k1");
    expect(rejected.status).toBe(404);
    const created = await create({ name: "portal", workspace_id: workspaceId }, "k1");
    expect(created.status).toBe(200);
    expect(created.headers.get("idempotent-replayed")).toBeNull();
  });

  it("forgets every key on reset", async () => {
    const before = await create({ name: "portal", workspace_id: workspaceId }, "k1");
    await emu.control.reset();
    // The old workspace is gone with the reset: a replay would answer 200, the real create answers 404.
    const sameBody = await create({ name: "portal", workspace_id: workspaceId }, "k1");
    expect(sameBody.status).toBe(404);
    const fresh = (await emu.control.seedWorkspace({ name: "Keys" })).id;
    const after = await create({ name: "portal", workspace_id: fresh }, "k1");
    expect(after.status).toBe(200);
    expect(after.headers.get("idempotent-replayed")).toBeNull();
    expect(after.body.id).not.toBe(before.body.id);
    expect((await emu.control.state()).apiKeys.map((k) => k.id)).toEqual([after.body.id]);
  });

  it("does not replay a key that was removed out of band", async () => {
    const body = { name: "portal", workspace_id: workspaceId };
    const first = await create(body, "k1");
    await emu.control.remove(first.body.id);
    const again = await create(body, "k1");
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    expect(again.body.id).not.toBe(first.body.id);
  });
});

describe("the idempotency window", () => {
  it("replays within 24 hours and creates again after them", () => {
    const store = new Store();
    const headers: Record<string, string> = {};
    const ctx: Ctx = {
      store, params: {}, query: {}, body: { name: "k" }, headers: { "idempotency-key": "k1" },
      setHeader: (name, value) => (headers[name] = value),
    };
    let made = 0;
    const mint = () => ({ id: `obj_${++made}` });
    const exists = () => true;
    const at = Date.parse("2030-01-01T00:00:00Z");
    expect(createOnce(ctx, "POST /x", exists, mint, at)).toEqual({ id: "obj_1" });
    expect(createOnce(ctx, "POST /x", exists, mint, at + IDEMPOTENCY_WINDOW_MS - 1)).toEqual({ id: "obj_1" });
    expect(headers).toEqual({ "idempotent-replayed": "true" });
    expect(made).toBe(1);
    expect(createOnce(ctx, "POST /x", exists, mint, at + IDEMPOTENCY_WINDOW_MS)).toEqual({ id: "obj_2" });
  });
});
