import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { canaryAdminKey } from "../support/canary";
import { useEmulator } from "../support/emulator";
import { activeWorkspaces, archivedAt, writeRequests } from "../support/native-checks";
import { installNodejsSdk, packageVersion, pluginTarball } from "../support/native";
import { pulumiProject, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

// The README's "Moving a stack from the dynamic resources to the native provider": a workspace managed
// by the dynamic resources moves to the native provider by `pulumi state delete` and the `import` option,
// and the API sees no write, for a program that sets more than the name (colour, tags). Aliases cannot do it: the engine replaces a resource whose provider changes.
const emulator = useEmulator({ resetBeforeEach: false, adminKey: canaryAdminKey("migration") });
let project: PulumiProject;

type StateResource = { urn: string; type: string; id?: string };
const resources = (): StateResource[] => JSON.parse(project.stateFile()).checkpoint.latest.resources;
const platform = () => resources().find((r) => r.urn.endsWith("::platform"))!;

beforeAll(async () => {
  project = await pulumiProject(join(__dirname, "projects/native-migration"));
  installNodejsSdk(project.dir);
  await project.ok(["plugin", "install", "resource", "anthropic", packageVersion, "--file", pluginTarball()]);
  await useEmulatorConfig(project, emulator);
}, 600_000);

afterAll(() => project?.dispose());

describe("moving a stack from the dynamic resources to the native provider", { timeout: 300_000 }, () => {
  test("the workspace changes provider in the state only: same object, no write, then no changes", async () => {
    await project.ok(["up", "--yes"]);
    const before = platform();
    expect(before.type).toBe("pulumi-nodejs:dynamic/anthropic:Workspace");
    await emulator.control.resetRequests();

    await project.ok(["state", "delete", before.urn, "--yes"]);
    const program = readFileSync(join(project.dir, "native.ts"), "utf8");
    writeFileSync(join(project.dir, "index.ts"), program.replace("WORKSPACE_ID", before.id!));
    expect(await project.ok(["up", "--yes"])).toMatch(/= 1 imported/);
    // The import option has done its work: without it, nothing is left to change.
    project.edit(`, { import: "${before.id}" }`, "");
    await project.ok(["preview", "--expect-no-changes"]);

    expect(await writeRequests(emulator)).toEqual([]);
    // The program sets more than a name: the import compared its colour and tags with the live ones.
    expect(platform()).toMatchObject({ type: "anthropic:index:Workspace", id: before.id, inputs: { displayColor: "#6a5acd", tags: { team: "platform" } } });
    expect(await activeWorkspaces(emulator)).toEqual({ Platform: before.id });
    // Nothing of the dynamic path is left in the stack.
    expect(resources().filter((r) => r.type.startsWith("pulumi-nodejs:") || r.type === "pulumi:providers:pulumi-nodejs")).toEqual([]);
  });

  test("the native provider then manages the workspace: an edit updates it in place, destroy archives it", async () => {
    const id = platform().id!;
    project.edit('displayColor: "#6a5acd"', 'displayColor: "#228b22"');
    const up = await project.ok(["up", "--yes", "--diff"]);
    // In place: the geos the import recorded, which the program leaves unset, are kept, not replaced.
    expect(up).toMatch(/~ 1 updated/);
    const live = (await emulator.control.state()).workspaces.find((w) => w.id === id);
    expect(live?.display_color).toBe("#228b22");
    await project.ok(["destroy", "--yes"]);
    expect(await archivedAt(emulator, id)).toEqual(expect.any(String));
  });
});
