import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { join } from "node:path";
import { canaryAdminKey } from "../support/canary";
import { useEmulator } from "../support/emulator";
import { activeWorkspaces, configureOrganizations, expectAllArchived, expectSecretsKeptOut, pointAtPlugin, writeRequests } from "../support/native-checks";
import { goProgram } from "../support/native";
import { pulumiProject, type PulumiProject } from "../support/pulumi-cli";

// A Go program on the native plugin through the generated Go SDK, run as an Automation API inline
// program (the Go language host cannot be had here); the plugin comes from a `plugins: providers:`
// entry in Pulumi.yaml. The CLI runs the stack's other commands (config, outputs) in the same folder.
const main = useEmulator({ resetBeforeEach: false, adminKey: canaryAdminKey("gomain"), seed: { organization: { name: "Main Org" } } });
const sandbox = useEmulator({ resetBeforeEach: false, adminKey: canaryAdminKey("gosandbox"), seed: { organization: { name: "Sandbox Org" } } });
const source = join(__dirname, "projects/native-go");
let project: PulumiProject;
let program: string;
const output = async (name: string) => JSON.parse(await project.ok(["stack", "output", name, "--json"]));

/** Runs the Go program's steps (up, preview, refresh, destroy), failing with its output when it fails. */
async function steps(...names: string[]): Promise<string> {
  const result = await project.exec(program, names);
  if (result.code !== 0) throw new Error(`native-go ${names.join(" ")} exited ${result.code}:\n${result.output}`);
  return result.output;
}

beforeAll(async () => {
  program = goProgram(source);
  project = await pulumiProject(source);
  pointAtPlugin(project);
  await configureOrganizations(project, { main, sandbox });
}, 900_000);

afterAll(() => project?.dispose());

describe("a Go program on the native provider, through the generated SDK", { timeout: 300_000 }, () => {
  test("up creates each workspace in the organization of its explicit provider", async () => {
    await steps("up");
    expect(await activeWorkspaces(main)).toEqual({ Platform: await output("platformId") });
    expect(await activeWorkspaces(sandbox)).toEqual({ Experiments: await output("experimentsId") });
    const platform = JSON.parse(project.stateFile()).checkpoint.latest.resources.find((r: { urn: string }) => r.urn.endsWith("::platform"));
    expect([platform.type, platform.outputs.displayColor]).toEqual(["anthropic:index:Workspace", "#6a5acd"]);
  });

  test("preview expects no changes, and refresh finds none", async () => {
    const out = await steps("preview", "refresh", "preview");
    expect(out).not.toMatch(/~ \d+ updated|- \d+ deleted/);
  });

  test("the Import option takes over a workspace made outside Pulumi without a write", async () => {
    const outside = await sandbox.control.seedWorkspace({ name: "Outside" });
    await sandbox.control.resetRequests();
    await project.ok(["config", "set", "outsideId", outside.id]);
    await steps("up", "preview");
    expect(await writeRequests(sandbox)).toEqual([]);
    const imported = JSON.parse(project.stateFile()).checkpoint.latest.resources.find((r: { urn: string }) => r.urn.endsWith("::outside"));
    expect([imported.id, imported.provider]).toEqual([outside.id, expect.stringContaining("::sandbox::")]);
  });

  test("the admin keys and the API key's value are ciphertext in the state and nowhere in what the program printed", async () => {
    await expectSecretsKeptOut(project, [main.adminKey, sandbox.adminKey], ["portalKey"]);
  });

  test("destroy archives every workspace", async () => {
    const ids: [string, string] = [await output("platformId"), await output("experimentsId")];
    await steps("destroy");
    await expectAllArchived(main, sandbox, ids);
  });
});
