import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { canaryAdminKey } from "../support/canary";
import { useEmulator } from "../support/emulator";
import { activeWorkspaces, configureOrganizations, expectSecretsKeptOut, writeRequests } from "../support/native-checks";
import { nativePluginDir, useYamlHost } from "../support/native";
import { pulumiProject, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";
import { readmeSectionBlocks } from "../support/readme";

// The README's YAML quickstart ("Every Pulumi language"), as written, with the clone's plugin folder:
// the default provider from stack config, an explicit one for a second organization; up, pulumi import
// of a workspace made outside Pulumi with its printed code, a no-change preview, destroy.
const main = useEmulator({ resetBeforeEach: false, adminKey: canaryAdminKey("readmemain") });
const sandbox = useEmulator({ resetBeforeEach: false, adminKey: canaryAdminKey("readmesandbox") });
let project: PulumiProject;

beforeAll(async () => {
  useYamlHost();
  const [quickstart] = readmeSectionBlocks("Every Pulumi language").filter((block) => block.lang === "yaml");
  const source = mkdtempSync(join(tmpdir(), "readme-yaml-"));
  writeFileSync(join(source, "Pulumi.yaml"), quickstart!.text.replace("<clone>/bin", nativePluginDir));
  project = await pulumiProject(source);
  rmSync(source, { recursive: true, force: true });
  await useEmulatorConfig(project, main);
  await configureOrganizations(project, { sandbox });
}, 600_000);

afterAll(() => project?.dispose());

describe("the README's YAML quickstart on the native provider", { timeout: 300_000 }, () => {
  test("up, pulumi import with its printed code, a no-change preview and destroy", async () => {
    await project.ok(["up", "--yes"]);
    expect(await activeWorkspaces(main)).toEqual({ Platform: expect.any(String) });
    expect(await activeWorkspaces(sandbox)).toEqual({ Experiments: expect.any(String) });

    const outside = await main.control.seedWorkspace({ name: "Outside" });
    await main.control.resetRequests();
    await project.ok(["import", "anthropic:index:Workspace", "outside", outside.id, "--out", "imported.yaml", "--yes"]);
    const code = readFileSync(join(project.dir, "imported.yaml"), "utf8");
    expect(code).toContain("type: anthropic:Workspace");
    // The quickstart ends with `outputs:`; the printed resources join its `resources:` section.
    const program = readFileSync(join(project.dir, "Pulumi.yaml"), "utf8");
    writeFileSync(join(project.dir, "Pulumi.yaml"), program.replace("\noutputs:", `\n${code.replace(/^resources:\n/, "").trimEnd()}\noutputs:`));
    await project.ok(["preview", "--expect-no-changes"]);
    expect(await writeRequests(main)).toEqual([]);

    await expectSecretsKeptOut(project, [main.adminKey, sandbox.adminKey], []);
    await project.ok(["state", "unprotect", "--all", "--yes"]);
    await project.ok(["destroy", "--yes"]);
    expect([await activeWorkspaces(main), await activeWorkspaces(sandbox)]).toEqual([{}, {}]);
  });
});
