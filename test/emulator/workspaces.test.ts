import { describe, expect, it } from "vitest";
import { InvalidRequestError, NotFoundError, PermissionError, collect } from "../../provider/client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator();

describe("workspaces", () => {
  it("creates a workspace with every settable field and reads it back", async () => {
    const { client } = clientFor(emulator);
    const created = await client.createWorkspace({
      name: "Production",
      display_color: "#D97757",
      tags: { team: "platform" },
      data_residency: { allowed_inference_geos: ["us"], default_inference_geo: "us" },
    });
    expect(created).toMatchObject({
      type: "workspace",
      name: "Production",
      display_color: "#D97757",
      tags: { team: "platform" },
      archived_at: null,
      data_residency: { workspace_geo: "us", allowed_inference_geos: ["us"], default_inference_geo: "us" },
    });
    expect(created.id).toMatch(/^wrkspc_/);
    // Fields outside this package's schema (compartment_id, user_profile_id) pass through untouched.
    expect(await client.getWorkspace(created.id)).toEqual(created);
    expect(created.compartment_id).toEqual(expect.any(String));
  });

  it("updates name, colour and tags in place, removing a tag with null", async () => {
    const { client } = clientFor(emulator);
    const ws = await client.createWorkspace({ name: "Staging", tags: { a: "1", b: "2" } });
    const updated = await client.updateWorkspace(ws.id, { name: "Staging 2", display_color: "#4A9D5B", tags: { a: null, c: "3" } });
    expect(updated).toMatchObject({ id: ws.id, name: "Staging 2", display_color: "#4A9D5B", tags: { b: "2", c: "3" } });
  });

  it("lists active workspaces, with archived and default ones on request", async () => {
    const { client } = clientFor(emulator);
    const keep = await client.createWorkspace({ name: "Keep" });
    const old = await client.createWorkspace({ name: "Old" });
    const archived = await client.archiveWorkspace(old.id);
    expect(archived.archived_at).toEqual(expect.any(String));
    expect((await collect(client.listWorkspaces())).map((w) => w.id)).toEqual([keep.id]);
    expect((await collect(client.listWorkspaces({ includeArchived: true }))).map((w) => w.id)).toEqual([keep.id, old.id]);
    const withDefault = await collect(client.listWorkspaces({ includeDefault: true }));
    expect(withDefault.map((w) => w.name)).toEqual(["Default", "Keep"]);
  });

  it("reports changes to an archived workspace as invalid, without retrying", async () => {
    const { client } = clientFor(emulator);
    const ws = await client.createWorkspace({ name: "Done" });
    await client.archiveWorkspace(ws.id);
    await emulator.control.resetRequests();
    const err = await rejectionOf(client.updateWorkspace(ws.id, { name: "Again" }));
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect(err.serverMessage).toBe(`Workspace '${ws.id}' is archived and can no longer be modified.`);
    expect((await emulator.control.requests()).total).toBe(1);
  });

  it("reports an unknown workspace as NotFoundError for get, update and archive", async () => {
    const { client } = clientFor(emulator);
    for (const call of [
      client.getWorkspace("wrkspc_01missing"),
      client.updateWorkspace("wrkspc_01missing", { name: "x" }),
      client.archiveWorkspace("wrkspc_01missing"),
    ]) {
      const err = await rejectionOf(call);
      expect(err).toBeInstanceOf(NotFoundError);
      expect(err.serverMessage).toBe("Workspace 'wrkspc_01missing' not found.");
    }
  });

  it("reports a field only user credentials may set as PermissionError", async () => {
    const { client } = clientFor(emulator);
    const err = await rejectionOf(client.createWorkspace({ name: "Private", inference_data_privacy: { human_review: { type: "disabled" } } }));
    expect(err).toBeInstanceOf(PermissionError);
    expect(err.operation).toBe("createWorkspace");
    expect((await emulator.control.state()).workspaces).toHaveLength(1);
  });

  it("refuses an empty workspace id without sending anything", async () => {
    const { client } = clientFor(emulator);
    const err = await rejectionOf(client.getWorkspace(""));
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect((await emulator.control.requests()).total).toBe(0);
  });
});
