import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

const emu = useEmulator();

async function createWorkspace(name: string) {
  const response = await adminFetch(emu, "POST", "/v1/organizations/workspaces", { body: { name } });
  expect(response.status).toBe(200);
  return response.body as { id: string; archived_at: string | null };
}

async function externalKey(): Promise<string> {
  const response = await adminFetch(emu, "POST", "/v1/organizations/external_keys", {
    body: { provider_config: { type: "aws", kms_arn: "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-000011112222" } },
  });
  expect(response.status).toBe(200);
  return response.body.id;
}

describe("archiving a workspace", () => {
  it("archives its live keys, leaves other workspaces' keys alone, and keeps expired keys expired", async () => {
    const doomed = await createWorkspace("Doomed");
    const other = await createWorkspace("Other");
    const active = await emu.control.seedApiKey({ workspaceId: doomed.id, name: "active" });
    const inactive = await emu.control.seedApiKey({ workspaceId: doomed.id, name: "inactive", status: "inactive" });
    const expired = await emu.control.seedApiKey({ workspaceId: doomed.id, name: "expired", status: "expired" });
    const elsewhere = await emu.control.seedApiKey({ workspaceId: other.id, name: "elsewhere" });

    const archived = await adminFetch(emu, "POST", `/v1/organizations/workspaces/${doomed.id}/archive`);
    expect(archived.status).toBe(200);
    expect(Date.parse(archived.body.archived_at)).toBeGreaterThan(Date.now() - 60_000);

    const status = async (id: string) => (await adminFetch(emu, "GET", `/v1/organizations/api_keys/${id}`)).body.status;
    expect(await status(active.id)).toBe("archived");
    expect(await status(inactive.id)).toBe("archived");
    expect(await status(expired.id)).toBe("expired");
    expect(await status(elsewhere.id)).toBe("active");
  });

  it("hides archived workspaces from lists unless include_archived, and the default one unless include_default", async () => {
    const kept = await createWorkspace("Kept");
    const gone = await createWorkspace("Gone");
    await adminFetch(emu, "POST", `/v1/organizations/workspaces/${gone.id}/archive`);
    const state = await emu.control.state();

    const ids = async (query: string) =>
      (await adminFetch(emu, "GET", `/v1/organizations/workspaces${query}`)).body.data.map((w: { id: string }) => w.id);
    expect(await ids("")).toEqual([kept.id]);
    expect(await ids("?include_archived=true")).toEqual([kept.id, gone.id]);
    expect(await ids("?include_default=true")).toEqual([state.defaultWorkspaceId, kept.id]);
  });

  it("refuses to change an archived workspace, archive it twice, or touch the default workspace", async () => {
    const workspace = await createWorkspace("Frozen");
    await adminFetch(emu, "POST", `/v1/organizations/workspaces/${workspace.id}/archive`);
    const before = await emu.control.state();
    for (const [path, body] of [
      [`/v1/organizations/workspaces/${workspace.id}`, { name: "Thawed" }],
      [`/v1/organizations/workspaces/${workspace.id}/archive`, undefined],
      ["/v1/organizations/api_keys", { name: "k", workspace_id: workspace.id }],
      [`/v1/organizations/workspaces/${before.defaultWorkspaceId}/archive`, undefined],
      [`/v1/organizations/workspaces/${before.defaultWorkspaceId}`, { name: "Renamed default" }],
    ] as const) {
      const response = await adminFetch(emu, "POST", path, { body });
      expect(response.status).toBe(400);
      expect(response.body.error.type).toBe("invalid_request_error");
    }
    expect(await emu.control.state()).toEqual(before);
  });
});

describe("workspace updates", () => {
  it("merges tags (null removes one), validates data residency, and keeps external_key_id write-once", async () => {
    const created = await adminFetch(emu, "POST", "/v1/organizations/workspaces", {
      body: { name: "Tagged", tags: { team: "core", cost: "a" }, data_residency: { allowed_inference_geos: ["us"], default_inference_geo: "us" } },
    });
    expect(created.body.data_residency).toEqual({ workspace_geo: "us", allowed_inference_geos: ["us"], default_inference_geo: "us" });
    const id = created.body.id;
    const [first, second] = await Promise.all([externalKey(), externalKey()]);
    const updated = await adminFetch(emu, "POST", `/v1/organizations/workspaces/${id}`, {
      body: { tags: { cost: null, env: "prod" }, external_key_id: first },
    });
    expect(updated.body.tags).toEqual({ team: "core", env: "prod" });
    expect(updated.body.external_key_id).toBe(first);

    const badGeo = await adminFetch(emu, "POST", `/v1/organizations/workspaces/${id}`, { body: { data_residency: { default_inference_geo: "global" } } });
    expect(badGeo.status).toBe(400);
    expect(badGeo.body.error.message).toContain("default_inference_geo");
    const rekey = await adminFetch(emu, "POST", `/v1/organizations/workspaces/${id}`, { body: { external_key_id: second } });
    expect(rekey.status).toBe(400);
    expect(rekey.body.error.message).toMatch(/write-once/);
    const reserved = await adminFetch(emu, "POST", `/v1/organizations/workspaces/${id}`, { body: { tags: { anthropic_x: "1" } } });
    expect(reserved.status).toBe(400);
  });
});
