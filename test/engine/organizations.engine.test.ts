import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useEmulator, type EmulatorHandle } from "../support/emulator";
import { pulumiProject, useEmulatorConfig, useOrganizationConfig, type PulumiProject } from "../support/pulumi-cli";

// Two organizations in one program through the real CLI: the top-level settings point at one emulator,
// `anthropic:organizations.sandbox` (set with `config set --secret --path`) at another.
const main = useEmulator({ resetBeforeEach: false, seed: { organization: { name: "Main Org" } } });
const sandbox = useEmulator({ resetBeforeEach: false, seed: { organization: { name: "Sandbox Org" } } });
let project: PulumiProject;

/** Active workspaces of an emulator other than its default one, by name. */
async function active(emulator: EmulatorHandle): Promise<Record<string, string>> {
  const state = await emulator.control.state();
  const live = state.workspaces.filter((w) => !w.archived_at && w.id !== state.defaultWorkspaceId);
  return Object.fromEntries(live.map((w) => [w.name, w.id]));
}
const archived = async (emulator: EmulatorHandle, id: string) => (await emulator.control.state()).workspaces.find((w) => w.id === id)?.archived_at;
const output = async (name: string) => JSON.parse(await project.ok(["stack", "output", name, "--json"]));

beforeAll(async () => {
  project = await pulumiProject(join(__dirname, "projects/organizations"));
  await useEmulatorConfig(project, main);
  await useOrganizationConfig(project, "sandbox", sandbox);
}, 600_000);

afterAll(() => project?.dispose());

describe("two organizations in one program", { timeout: 300_000 }, () => {
  test("up creates each workspace in its own organization, and each function reads its own", async () => {
    await project.ok(["up", "--yes"]);
    expect(await active(main)).toEqual({ Main: await output("mainId"), Moving: await output("movingId") });
    expect(await active(sandbox)).toEqual({ Sandbox: await output("sandboxId") });
    expect(await output("mainOrganization")).toBe("Main Org");
    expect(await output("sandboxOrganization")).toBe("Sandbox Org");
    expect(await output("mainWorkspaces")).toEqual(["Main", "Moving"]);
    expect(await output("sandboxWorkspaces")).toEqual(["Sandbox"]);
    // Refresh reads each workspace in its own organization and finds nothing to change.
    await project.ok(["refresh", "--yes"]);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("moving a workspace to the other organization replaces it: created there, archived here", async () => {
    const before = await output("movingId");
    await project.ok(["config", "set", "movingOrganization", "sandbox"]);
    const preview = await project.ok(["preview", "--diff"]);
    expect(preview).toMatch(/\+-\s*pulumi-nodejs:dynamic\/anthropic:Workspace: \(replace\)[\s\S]*\[urn=[^\]]*::moving\]/);
    expect(preview).toMatch(/\+ organization\s*: "sandbox"/);
    await project.ok(["up", "--yes"]);
    const after = await output("movingId");
    expect(await active(sandbox)).toEqual({ Sandbox: await output("sandboxId"), Moving: after });
    expect(await active(main)).toEqual({ Main: await output("mainId") });
    expect(await archived(main, before)).toEqual(expect.any(String));
    // The functions ran before the old workspace was archived; the next up records what is there now.
    await project.ok(["up", "--yes"]);
    expect(await output("mainWorkspaces")).toEqual(["Main"]);
    expect(await output("sandboxWorkspaces")).toEqual(["Moving", "Sandbox"]);
    await project.ok(["refresh", "--yes"]);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("an organization the stack does not configure fails the preview with the command that configures it", async () => {
    await project.ok(["config", "set", "movingOrganization", "staging"]);
    await main.control.resetRequests();
    await sandbox.control.resetRequests();
    const preview = await project.run(["preview"]);
    expect(preview.code).not.toBe(0);
    expect(preview.output).toContain('Organization "staging" is not configured in this stack. Configured: "sandbox".');
    expect(preview.output).toContain("pulumi config set --secret --path 'anthropic:organizations.staging.adminKey' <admin key>");
    // Nothing was written anywhere (the program's functions still read, as in any preview).
    const writes = async (emulator: EmulatorHandle) =>
      Object.keys((await emulator.control.requests()).byRoute).filter((route) => !route.startsWith("GET "));
    expect([await writes(main), await writes(sandbox)]).toEqual([[], []]);
    await project.ok(["config", "set", "movingOrganization", "sandbox"]);
  });

  test("neither admin key is in the state, the stack config file or anything the CLI printed", async () => {
    for (const key of [main.adminKey, sandbox.adminKey]) {
      expect(project.stateFile()).not.toContain(key);
      expect(readFileSync(join(project.dir, "Pulumi.dev.yaml"), "utf8")).not.toContain(key);
      expect(project.transcript()).not.toContain(key);
    }
    // The organization's name is an input like any other; its settings are not.
    const resources = JSON.parse(project.stateFile()).checkpoint.latest.resources as Array<{ urn: string; inputs?: Record<string, unknown> }>;
    expect(resources.find((r) => r.urn.endsWith("::sandbox"))?.inputs).toMatchObject({ organization: "sandbox" });
  });

  test("destroy archives every workspace in both organizations", async () => {
    await project.ok(["destroy", "--yes"]);
    expect(await active(main)).toEqual({});
    expect(await active(sandbox)).toEqual({});
  });
});
