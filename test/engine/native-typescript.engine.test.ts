import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { canaryAdminKey } from "../support/canary";
import { useEmulator } from "../support/emulator";
import { activeWorkspaces, configureOrganizations, expectAllArchived, expectSecretsKeptOut, providerUrn, writeRequests } from "../support/native-checks";
import { installNodejsSdk, nodejsHostBesideCli, packageVersion, pluginTarball, useYamlHost } from "../support/native";
import { pulumiProject, type PulumiProject } from "../support/pulumi-cli";

// A TypeScript program on the native plugin through the generated Node.js SDK, installed as a user
// installs both: the SDK into node_modules, the plugin with `pulumi plugin install --file <tarball>`.
const main = useEmulator({ resetBeforeEach: false, adminKey: canaryAdminKey("tsmain"), seed: { organization: { name: "Main Org" } } });
const sandbox = useEmulator({ resetBeforeEach: false, adminKey: canaryAdminKey("tssandbox"), seed: { organization: { name: "Sandbox Org" } } });
let project: PulumiProject;
const output = async (name: string) => JSON.parse(await project.ok(["stack", "output", name, "--json"]));

// What `pulumi import` prints for the outside workspace (checked against the CLI's code where the Node.js
// language host, which prints it, is installed).
// The import records the workspace's live settings, not only its name.
const IMPORTED_CODE = `const outside = new anthropic.Workspace("outside", {
    allowedInferenceGeos: "unrestricted",
    defaultInferenceGeo: "global",
    displayColor: "#ff8800",
    name: "Outside",
    tags: {},
    workspaceGeo: "us",
}, {
    protect: true,
    provider: sandbox,
});
`;

/** Runs `action` with Pulumi.yaml's runtime set to `runtime`, then puts the project's own back. */
async function withRuntime(runtime: string, action: () => Promise<unknown>): Promise<void> {
  const file = join(project.dir, "Pulumi.yaml");
  const original = readFileSync(file, "utf8");
  writeFileSync(file, original.replace(/^runtime: .*$/m, `runtime: ${runtime}`));
  try {
    await action();
  } finally {
    writeFileSync(file, original);
  }
}

beforeAll(async () => {
  if (!nodejsHostBesideCli()) useYamlHost();
  project = await pulumiProject(join(__dirname, "projects/native-typescript"));
  installNodejsSdk(project.dir);
  await project.ok(["plugin", "install", "resource", "anthropic", packageVersion, "--file", pluginTarball()]);
  await configureOrganizations(project, { main, sandbox });
}, 600_000);

afterAll(() => project?.dispose());

describe("a TypeScript program on the native provider, through the generated SDK", { timeout: 300_000 }, () => {
  test("the installed plugin is the tarball's version", async () => {
    expect(await project.ok(["plugin", "ls"])).toMatch(new RegExp(`anthropic\\s+resource\\s+${packageVersion.replaceAll(".", "\\.")}`));
  });

  test("up creates each workspace in the organization of its explicit provider", async () => {
    await project.ok(["up", "--yes"]);
    expect(await activeWorkspaces(main)).toEqual({ Platform: await output("platformId") });
    expect(await activeWorkspaces(sandbox)).toEqual({ Experiments: await output("experimentsId") });
  });

  test("preview expects no changes, and refresh finds none", async () => {
    await project.ok(["preview", "--expect-no-changes"]);
    const refresh = await project.ok(["refresh", "--yes"]);
    expect(refresh).not.toMatch(/~ \d+ updated|- \d+ deleted/);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("the import option takes over a workspace made outside Pulumi without a write", async () => {
    const adopted = await main.control.seedWorkspace({ name: "Adopted" });
    await main.control.resetRequests();
    await project.ok(["config", "set", "adoptedId", adopted.id]);
    await project.ok(["up", "--yes"]);
    expect(await writeRequests(main)).toEqual([]);
    const state = JSON.parse(project.stateFile()).checkpoint.latest.resources;
    expect(state.find((r: { urn: string }) => r.urn.endsWith("::adopted")).id).toBe(adopted.id);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("pulumi import records a workspace made outside Pulumi without a write; its code previews with no changes", async () => {
    const outside = await sandbox.control.seedWorkspace({ name: "Outside", displayColor: "#ff8800" });
    await sandbox.control.resetRequests();
    const urn = providerUrn(JSON.parse(project.stateFile()), "sandbox");
    const command = ["import", "anthropic:index:Workspace", "outside", outside.id, "--provider", `sandbox=${urn}`, "--yes"];
    if (nodejsHostBesideCli()) {
      // The Node.js language host (in every Pulumi install) prints the TypeScript code.
      await project.ok([...command, "--out", "imported.ts"]);
      expect(readFileSync(join(project.dir, "imported.ts"), "utf8")).toContain(IMPORTED_CODE);
    } else {
      // A clone without the host: the CLI loads a project's host even for an import that prints no code,
      // and the import itself is the plugin's (read, check), so it runs with the project seen as YAML.
      await withRuntime("yaml", () => project.ok([...command, "--generate-code=false"]));
    }
    expect(await writeRequests(sandbox)).toEqual([]);
    appendFileSync(join(project.dir, "index.ts"), IMPORTED_CODE);
    await project.ok(["preview", "--expect-no-changes"]);
    expect(await writeRequests(sandbox)).toEqual([]);
  });

  test("the admin keys and the API key's value are ciphertext in the state and nowhere in what the CLI printed", async () => {
    await expectSecretsKeptOut(project, [main.adminKey, sandbox.adminKey], ["portalKey"]);
  });

  test("destroy archives every workspace, the imported ones too once unprotected", async () => {
    const ids: [string, string] = [await output("platformId"), await output("experimentsId")];
    await project.ok(["state", "unprotect", "--all", "--yes"]);
    await project.ok(["destroy", "--yes"]);
    await expectAllArchived(main, sandbox, ids);
  });
});
