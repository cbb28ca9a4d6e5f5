import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { canaryAdminKey } from "../support/canary";
import { useEmulator } from "../support/emulator";
import { activeWorkspaces, configureOrganizations, expectAllArchived, expectSecretsKeptOut, pointAtPlugin, providerUrn, writeRequests } from "../support/native-checks";
import { useYamlHost } from "../support/native";
import { pulumiProject, type PulumiProject } from "../support/pulumi-cli";

// A YAML program (the YAML language host, no Node.js language host) using the native plugin through a
// `packages:` entry that names its folder: two explicit providers, each on its own emulator.
const main = useEmulator({ resetBeforeEach: false, adminKey: canaryAdminKey("yamlmain"), seed: { organization: { name: "Main Org" } } });
const sandbox = useEmulator({ resetBeforeEach: false, adminKey: canaryAdminKey("yamlsandbox"), seed: { organization: { name: "Sandbox Org" } } });
let project: PulumiProject;
const output = async (name: string) => JSON.parse(await project.ok(["stack", "output", name, "--json"]));

beforeAll(async () => {
  useYamlHost();
  project = await pulumiProject(join(__dirname, "projects/native-yaml"));
  pointAtPlugin(project);
  await configureOrganizations(project, { main, sandbox });
}, 600_000);

afterAll(() => project?.dispose());

describe("a YAML program on the native provider", { timeout: 300_000 }, () => {
  test("up creates each workspace in the organization of its explicit provider", async () => {
    await project.ok(["up", "--yes"]);
    expect(await activeWorkspaces(main)).toEqual({ Platform: await output("platformId") });
    expect(await activeWorkspaces(sandbox)).toEqual({ Experiments: await output("experimentsId") });
    const state = JSON.parse(project.stateFile());
    const platform = state.checkpoint.latest.resources.find((r: { urn: string }) => r.urn.endsWith("::platform"));
    expect(platform.type).toBe("anthropic:index:Workspace");
    expect(platform.provider).toContain("pulumi:providers:anthropic::main::");
    expect(platform.outputs.displayColor).toBe("#6a5acd");
  });

  test("preview expects no changes, and refresh finds none", async () => {
    await project.ok(["preview", "--expect-no-changes"]);
    const refresh = await project.ok(["refresh", "--yes"]);
    expect(refresh).not.toMatch(/~ \d+ updated|- \d+ deleted/);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("pulumi import records a workspace made outside Pulumi without a write; its printed code previews with no changes", async () => {
    const outside = await sandbox.control.seedWorkspace({ name: "Outside", displayColor: "#ff8800", tags: { team: "data" } });
    await sandbox.control.resetRequests();
    const urn = providerUrn(JSON.parse(project.stateFile()), "sandbox");
    await project.ok(["import", "anthropic:index:Workspace", "outside", outside.id, "--provider", `sandbox=${urn}`, "--out", "imported.yaml", "--yes"]);
    expect(await writeRequests(sandbox)).toEqual([]);
    const code = readFileSync(join(project.dir, "imported.yaml"), "utf8");
    // The import records the workspace's live settings (its colour, tags and geos), not only its name.
    const live = { name: "Outside", displayColor: "#ff8800", tags: { team: "data" }, workspaceGeo: "us", allowedInferenceGeos: "unrestricted", defaultInferenceGeo: "global" };
    expect(code).toBe(["resources:", "  outside:", "    type: anthropic:Workspace", "    properties:",
      "      allowedInferenceGeos: unrestricted", "      defaultInferenceGeo: global", "      displayColor: '#ff8800'", "      name: Outside",
      "      tags:", "        team: data", "      workspaceGeo: us",
      "    options:", "      provider: ${sandbox}", "      protect: true", ""].join("\n"));
    const imported = JSON.parse(project.stateFile()).checkpoint.latest.resources.find((r: { urn: string }) => r.urn.endsWith("::outside"));
    expect([imported.id, imported.inputs, imported.provider]).toEqual([outside.id, live, expect.stringContaining("::sandbox::")]);
    // The printed resources go below the program's own (`resources:` is its last section).
    appendFileSync(join(project.dir, "Pulumi.yaml"), code.replace(/^resources:\n/, ""));
    await project.ok(["preview", "--expect-no-changes"]);
    expect(await writeRequests(sandbox)).toEqual([]);
  });

  test("the admin keys and the API key's value are ciphertext in the state and nowhere in what the CLI printed", async () => {
    await expectSecretsKeptOut(project, [main.adminKey, sandbox.adminKey], ["portalKey"]);
  });

  test("destroy archives every workspace, the imported one once unprotected", async () => {
    const ids: [string, string] = [await output("platformId"), await output("experimentsId")];
    await project.ok(["state", "unprotect", "--all", "--yes"]);
    await project.ok(["destroy", "--yes"]);
    await expectAllArchived(main, sandbox, ids);
  });
});
