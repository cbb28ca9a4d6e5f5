import { afterAll, beforeAll, expect, test } from "vitest";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { useEmulator } from "../support/emulator";
import { configuredProvider, useProviders } from "../support/provider";
import { implementation } from "../../provider/dynamic/implementation";

// Finding 10 of issue 15: `pulumi refresh` gives the provider the settings of the last `up`. A read whose
// stack config file (the stack the CLI selected, in the project directory the engine starts the provider
// in) names another endpoint fails before any request, saying what to run instead.
const emulator = useEmulator();
const providers = useProviders(emulator);

const root = mkdtempSync(join(tmpdir(), "pulumi-anthropic-refresh-settings-"));
const project = join(root, "project");
const saved = { cwd: process.cwd(), home: process.env.PULUMI_HOME, project: process.env.PULUMI_PROJECT };
beforeAll(() => {
  mkdirSync(join(root, "home", "workspaces"), { recursive: true });
  mkdirSync(project);
  writeFileSync(join(project, "Pulumi.yaml"), "name: shop\nruntime: nodejs\n");
  writeFileSync(join(project, "Pulumi.dev.yaml"), "config:\n  anthropic:baseUrl: https://admin.example.com\n");
  // A second stack, so that only the CLI's selection can say which file is this stack's.
  writeFileSync(join(project, "Pulumi.prod.yaml"), "config:\n  anthropic:baseUrl: https://prod.example.com\n");
  const hash = createHash("sha1").update(join(project, "Pulumi.yaml")).digest("hex");
  writeFileSync(join(root, "home", "workspaces", `shop-${hash}-workspace.json`), JSON.stringify({ stack: "dev" }));
});
afterAll(() => {
  process.chdir(saved.cwd);
  for (const [key, value] of [["PULUMI_HOME", saved.home], ["PULUMI_PROJECT", saved.project]] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(root, { recursive: true, force: true });
});

test("a refresh that the last up's admin key no longer opens says why, and what to run", async () => {
  const { id, outs } = await providers.Workspace.create({ name: "Rotated" });
  const stale = implementation("Workspace");
  const config: Record<string, string> = { "anthropic:adminKey": "sk-ant-admin01-revoked", "anthropic:baseUrl": emulator.url };
  await stale.configure({ config: { get: (key: string) => config[key] } } as never);
  const error = await stale.read(id, outs).then(() => undefined, (e: Error) => e);
  expect(error?.message).toMatch(/401 .*Check the admin key.* `pulumi refresh` uses the settings recorded at the last `pulumi up`; if you changed them since, run `pulumi refresh --run-program`/);
  // The provider of the next test is configured again with the emulator's key.
  await configuredProvider("Workspace", emulator);
});

test("a refresh given an endpoint the stack's config file no longer names fails before any request", async () => {
  const { id, outs } = await providers.Workspace.create({ name: "Recorded" });
  await emulator.control.resetRequests();
  // As the engine starts the provider: in the project directory, with the project's name.
  process.chdir(project);
  process.env.PULUMI_HOME = join(root, "home");
  process.env.PULUMI_PROJECT = "shop";
  const error = await providers.Workspace.read(id, outs).then(() => undefined, (e: Error) => e);
  expect(error?.message).toBe(
    `the stack config sets anthropic:baseUrl to https://admin.example.com, but this command was given the settings of the last \`pulumi up\` (${emulator.url}), ` +
      "and nothing was read from either. `pulumi refresh` uses the settings recorded at the last `pulumi up`; if you changed them since, run " +
      "`pulumi refresh --run-program` (it uses the current ones) or `pulumi up` first.",
  );
  expect((error as { code?: string }).code).toBe("ANTHROPIC_CONFIGURATION");
  expect((await emulator.control.requests()).total).toBe(0);
});
