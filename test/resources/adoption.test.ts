import { describe, expect, test } from "vitest";
import { useEmulator } from "../support/emulator";
import { requestsByRoute, useProviders } from "../support/provider";

// Finding 4 of the trust issue: adopting writes only what the program declares.
const emulator = useEmulator();
const providers = useProviders(emulator);

const writes = (byRoute: Record<string, number>) => Object.keys(byRoute).filter((route) => !route.startsWith("GET "));

describe("adoption manages only what is declared", () => {
  test("a workspace adopted without a name keeps its name, color and tags, and is not written to", async () => {
    const existing = await emulator.control.seedWorkspace({ name: "Made in Console", displayColor: "#123456", tags: { owner: "ops" } });
    const checked = await providers.Workspace.check({}, { adoptId: existing.id });
    expect(checked.failures).toEqual([]);
    const { outs } = await providers.Workspace.create(checked.inputs);
    expect(writes(await requestsByRoute(emulator))).toEqual([]);
    // Only what users read and what the program declares is recorded: the live name, not the color or tags.
    expect(outs).toMatchObject({ name: "Made in Console", adoptId: existing.id });
    expect(outs).not.toHaveProperty("displayColor");
    expect(outs).not.toHaveProperty("tags");
    expect((await providers.Workspace.diff(existing.id, outs, checked.inputs)).changes).toBe(false);
    const read = await providers.Workspace.read(existing.id, outs);
    expect(read.inputs).toEqual({ adoptId: existing.id });
  });

  test("a workspace adopted with a declared name is renamed, and only that is written", async () => {
    const existing = await emulator.control.seedWorkspace({ name: "Old name", tags: { owner: "ops" } });
    await providers.Workspace.create({ adoptId: existing.id, name: "New name" });
    const live = (await emulator.control.state()).workspaces.find((w) => w.id === existing.id)!;
    expect(live).toMatchObject({ name: "New name", tags: { owner: "ops" } });
  });

  test("a Console key adopted without a name keeps its name and status", async () => {
    const workspaceId = (await emulator.control.seedWorkspace({ name: "Keys" })).id;
    const consoleKey = await emulator.control.seedApiKey({ workspaceId, name: "Console key", status: "inactive" });
    const { outs } = await providers.ApiKey.create({ adoptId: consoleKey.id });
    expect(writes(await requestsByRoute(emulator))).toEqual([]);
    expect(outs).toMatchObject({ name: "Console key", status: "inactive", workspaceId });
  });

  test("without adoptId a name is still required", async () => {
    const { failures } = await providers.Workspace.check({}, {});
    expect(failures?.map((f) => f.property)).toEqual(["name"]);
  });

  test("declared tags are exactly the tags, on adoption and when first declared on an update", async () => {
    const existing = await emulator.control.seedWorkspace({ name: "Tagged", tags: { owner: "ops", stray: "x" } });
    const { outs } = await providers.Workspace.create({ adoptId: existing.id, tags: { owner: "ops" } });
    const live = async () => (await emulator.control.state()).workspaces.find((w) => w.id === existing.id)!.tags;
    expect(await live()).toEqual({ owner: "ops" });

    const other = await emulator.control.seedWorkspace({ name: "Later", tags: { stray: "y" } });
    const adopted = await providers.Workspace.create({ adoptId: other.id });
    await providers.Workspace.update(other.id, adopted.outs, { adoptId: other.id, tags: { team: "ml" } });
    expect((await emulator.control.state()).workspaces.find((w) => w.id === other.id)!.tags).toEqual({ team: "ml" });
    expect(outs.tags).toEqual({ owner: "ops" });
  });
});
