import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EmulatorControl } from "../../emulator";
import { startEmulatorCli, type EmulatorCli } from "../support/emulator-cli";
import { pulumiProject, toolPath, type PulumiProject } from "../support/pulumi-cli";

// examples/quickstart exactly as it is in the repository, on an emulator started the way the README says
// (`npx pulumi-anthropic-emulator`, the bin of the package installed in the project, with nothing seeded
// by the test: the demo organization it starts with has the member the quickstart adopts), pointed at it
// with the very `pulumi config set` lines the emulator prints.
//
// examples/secret-store cannot run here: it needs the Vault resource plugin (pulumi-resource-vault, a
// binary the CLI downloads from GitHub releases; the Go module proxy refuses
// github.com/pulumi/pulumi-vault/provider/v7 at every version, so it cannot be built either) and a Vault
// server. Its program is type-checked by `npm test` (tsconfig.check.json) and run under mocks
// (test/mocks/secret-store*.test.ts).

const repo = join(__dirname, "../..");
let project: PulumiProject;
let emulator: EmulatorCli;

beforeAll(async () => {
  project = await pulumiProject("quickstart");
  emulator = await startEmulatorCli(project.dir, ["--port", "0"], { PATH: toolPath(), HOME: process.env.HOME });
  // The two lines the README says to paste (the emulator may print more, for other credentials).
  const pointAt = ["config set anthropic:baseUrl", "config set --secret anthropic:adminKey"].map((prefix) =>
    emulator.configCommands.find((c) => c.slice(0, -1).join(" ") === prefix));
  expect(pointAt.every(Boolean), emulator.output()).toBe(true);
  for (const command of pointAt) await project.ok(command!);
}, 600_000);

afterAll(async () => {
  await emulator?.stop();
  project?.dispose();
});

describe("examples/quickstart, unchanged, on a freshly started emulator", { timeout: 180_000 }, () => {
  test("depends on the tarball `npm pack` makes at the repository root, so it installs in a clone as the README says", () => {
    const manifest = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { name: string; version: string };
    for (const example of ["quickstart", "secret-store", "spend-alerts"]) {
      const deps = (JSON.parse(readFileSync(join(repo, "examples", example, "package.json"), "utf8")) as { dependencies: Record<string, string> }).dependencies;
      expect(deps[manifest.name], example).toBe(`file:../../${manifest.name}-${manifest.version}.tgz`);
    }
  });

  test("pulumi up creates the workspace, key, membership and invite", async () => {
    const output = await project.ok(["up", "--yes"]);
    expect(output).toMatch(/\+ 6 created/);
    const state = await new EmulatorControl(emulator.url).state();
    const prod = state.workspaces.find((w) => w.name === "Production" && !w.archived_at)!;
    expect(prod).toBeDefined();
    expect(state.users.find((u) => u.email === "alice@example.com")?.role).toBe("developer");
    expect(state.apiKeys.filter((k) => k.status === "active").map((k) => [k.name, k.scope.workspace_id])).toEqual([["Customer Portal Service", prod.id]]);
    expect(state.invites.filter((i) => i.status === "pending").map((i) => i.email)).toEqual(["bob@example.com"]);
    expect((await project.ok(["stack", "output", "portalKey"])).trim()).toBe("[secret]");
    expect((await project.ok(["stack", "output", "workspaceId"])).trim()).toBe(prod.id);
  });

  test("refresh, then a preview with no changes", async () => {
    await project.ok(["refresh", "--yes"]);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("destroy archives the workspace, revokes the key, withdraws the invite and removes the adopted member", async () => {
    expect(await project.ok(["destroy", "--yes"])).toMatch(/- 6 deleted/);
    const state = await new EmulatorControl(emulator.url).state();
    expect(state.workspaces.filter((w) => w.name === "Production" && !w.archived_at)).toEqual([]);
    expect(state.apiKeys.filter((k) => k.status === "active")).toEqual([]);
    expect(state.invites.filter((i) => i.status === "pending")).toEqual([]);
    expect(state.users.map((u) => u.email)).not.toContain("alice@example.com");
  });
});
