import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

const emu = useEmulator();

eachConstruction(emu, (sdk) => {
  describe("workspaces", () => {
    it("creates, lists, retrieves, updates and archives a workspace", async () => {
      const workspaces = sdk().beta.organization.workspaces;
      const created = await workspaces.create({ name: "Production", display_color: "#112233", tags: { team: "platform" } });
      expect(created).toMatchObject({
        type: "workspace", name: "Production", display_color: "#112233", tags: { team: "platform" }, archived_at: null,
        external_key_id: null, user_profile_id: null,
        data_residency: { workspace_geo: "us", allowed_inference_geos: "unrestricted", default_inference_geo: "global" },
      });
      expect(created.id).toMatch(/^wrkspc_/);

      const listed = await workspaces.list();
      expect(listed.data).toEqual([created]);

      const updated = await workspaces.update(created.id, { name: "Prod", data_residency: { allowed_inference_geos: ["us"], default_inference_geo: "us" } });
      expect(updated.name).toBe("Prod");
      expect(updated.data_residency.allowed_inference_geos).toEqual(["us"]);
      expect(await workspaces.retrieve(created.id)).toEqual(updated);

      const archived = await workspaces.archive(created.id);
      expect(archived.id).toBe(created.id);
      expect(archived.archived_at).not.toBeNull();
      expect((await workspaces.list()).data).toEqual([]);
      expect((await workspaces.list({ include_archived: true })).data.map((w) => w.id)).toEqual([created.id]);
    });
  });

  describe("workspace members", () => {
    it("adds, retrieves, updates, lists and removes members", async () => {
      const client = sdk();
      const members = client.beta.organization.workspaces.members;
      const workspace = await client.beta.organization.workspaces.create({ name: "Team" });
      const [dev, ops] = await emu.control.seedUsers([{ email: "dev@example.com", role: "developer" }, { email: "ops@example.com" }]);

      const added = await members.add(workspace.id, { user_id: dev.id, workspace_role: "workspace_developer" });
      expect(added).toEqual({ type: "workspace_member", user_id: dev.id, workspace_id: workspace.id, workspace_role: "workspace_developer" });
      await members.add(workspace.id, { user_id: ops.id, workspace_role: "workspace_user" });

      expect(await members.retrieve(dev.id, { workspace_id: workspace.id })).toEqual(added);
      const updated = await members.update(dev.id, { workspace_id: workspace.id, workspace_role: "workspace_admin" });
      expect(updated.workspace_role).toBe("workspace_admin");

      const listed = await members.list(workspace.id);
      expect(listed.data.map((m) => [m.user_id, m.workspace_role])).toEqual([
        [dev.id, "workspace_admin"],
        [ops.id, "workspace_user"],
      ]);
      expect(listed.last_id).toBe(ops.id);

      expect(await members.remove(ops.id, { workspace_id: workspace.id })).toEqual({
        type: "workspace_member_deleted", user_id: ops.id, workspace_id: workspace.id,
      });
      await expect(members.retrieve(ops.id, { workspace_id: workspace.id })).rejects.toBeInstanceOf(Anthropic.NotFoundError);
      expect((await members.list(workspace.id)).data.map((m) => m.user_id)).toEqual([dev.id]);
    });
  });
});
