import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

const emu = useEmulator();

eachConstruction(emu, (sdk) => {
  describe("telemetry destinations", () => {
    it("create, retrieve, update, list (covering filter), test and delete", async () => {
      const destinations = sdk().beta.organization.telemetryDestinations;
      const prod = await emu.control.seedWorkspace({ name: "Prod" });
      const created = await destinations.create({
        endpoint_url: "https://gateway.example.com",
        workspaces: { type: "include", workspace_ids: [prod.id] },
        display_name: "Gateway",
        headers: { authorization: "Bearer collector-token" },
      });
      expect(created).toMatchObject({
        type: "telemetry_destination", display_name: "Gateway", header_names: ["authorization"],
        state: { type: "enabled" }, workspaces: { type: "include" },
      });
      expect(JSON.stringify(created)).not.toContain("collector-token");
      expect(await destinations.retrieve(created.id)).toEqual(created);

      const updated = await destinations.update(created.id, {
        display_name: null, state: { type: "disabled" }, endpoint_url: "https://gateway.example.com/otlp",
        headers: { "x-scope": "prod" }, traces: { content_mode: "content", max_content_bytes: 4096 },
      });
      expect(updated).toMatchObject({
        display_name: null, state: { type: "disabled", reason: { type: "caller" } }, header_names: ["authorization", "x-scope"],
        traces: { content_mode: "content", max_content_bytes: 4096, enabled: true, endpoint_url: null },
      });

      const everywhere = await destinations.create({ endpoint_url: "https://all.example.com", workspaces: { type: "all" } });
      const all = [];
      for await (const d of destinations.list({ limit: 1 })) all.push(d.id);
      expect(all).toEqual([everywhere.id, created.id]);
      expect((await destinations.list({ workspace_ids: [prod.id] })).data.map((d) => d.id)).toEqual([everywhere.id, created.id]);
      expect((await destinations.list({ workspace_ids: ["wrkspc_unknown"] })).data).toEqual([]);

      expect(await destinations.test(created.id)).toEqual({ type: "telemetry_destination_test", result: { type: "success" } });
      expect(await destinations.delete(created.id)).toEqual({ id: created.id, type: "telemetry_destination_deleted" });
      await expect(destinations.retrieve(created.id)).rejects.toMatchObject({ status: 404 });
    });

    it("per-workspace attachment routes: list, add, remove", async () => {
      const destinations = sdk().beta.organization.telemetryDestinations;
      const a = await emu.control.seedWorkspace({ name: "A" });
      const b = await emu.control.seedWorkspace({ name: "B" });
      const { id } = await destinations.create({ endpoint_url: "https://gateway.example.com", workspaces: { type: "exclude" } });
      const added = await destinations.workspaces.add(a.id, { destination_id: id });
      expect(added).toMatchObject({ type: "telemetry_destination_workspace", telemetry_destination_id: id, workspace_id: a.id });
      await destinations.workspaces.add(b.id, { destination_id: id });
      const listed = [];
      for await (const entry of destinations.workspaces.list(id, { limit: 1 })) listed.push(entry.workspace_id);
      expect(listed).toEqual([b.id, a.id]);
      expect(await destinations.workspaces.remove(a.id, { destination_id: id })).toEqual({
        telemetry_destination_id: id, type: "telemetry_destination_workspace_deleted", workspace_id: a.id,
      });
      await expect(destinations.workspaces.remove(a.id, { destination_id: id })).rejects.toMatchObject({ status: 404 });
      // An exclude destination covers every workspace but those on its list.
      expect((await destinations.list({ workspace_ids: [b.id] })).data).toEqual([]);
      expect((await destinations.list({ workspace_ids: [a.id] })).data.map((d) => d.id)).toEqual([id]);
    });
  });
});
