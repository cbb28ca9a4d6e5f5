import { describe, expect, it } from "vitest";
import { getWorkspaces } from "../../provider/functions";
import { useEmulator } from "../support/emulator";
import { useEmulatorEnvironment } from "./environment";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);

async function seed() {
  const prod = await emulator.control.seedWorkspace({ name: "Production", displayColor: "#D97757", tags: { team: "portal" } });
  const old = await emulator.control.seedWorkspace({ name: "Old" });
  await emulator.control.patch(old.id, { archived_at: "2026-01-02T03:04:05Z" });
  const state = await emulator.control.state();
  return { prod, old, defaultId: state.defaultWorkspaceId as string };
}

describe("getWorkspaces", () => {
  it("lists active workspaces with their settings, camelCase", async () => {
    const { prod } = await seed();
    const { workspaces } = await getWorkspaces();
    expect(workspaces).toEqual([
      {
        id: prod.id,
        name: "Production",
        displayColor: "#D97757",
        tags: { team: "portal" },
        createdAt: prod.created_at,
        archivedAt: null,
        workspaceGeo: "us",
        allowedInferenceGeos: "unrestricted",
        defaultInferenceGeo: "global",
        externalKeyId: null,
      },
    ]);
  });

  it("includes archived workspaces only when asked", async () => {
    const { prod, old } = await seed();
    const { workspaces } = await getWorkspaces({ includeArchived: true });
    expect(workspaces.map((w) => [w.id, w.archivedAt])).toEqual([
      [prod.id, null],
      [old.id, "2026-01-02T03:04:05Z"],
    ]);
    expect((await getWorkspaces({ includeArchived: false })).workspaces.map((w) => w.id)).toEqual([prod.id]);
  });

  it("includes the default workspace only when asked", async () => {
    const { prod, defaultId } = await seed();
    const ids = (await getWorkspaces({ includeDefault: true })).workspaces.map((w) => w.id);
    expect(ids.sort()).toEqual([defaultId, prod.id].sort());
  });
});
