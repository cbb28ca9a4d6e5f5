import { afterAll, beforeAll, expect, test } from "vitest";
import { join } from "node:path";
import { canaryAdminKey } from "../support/canary";
import { useEmulator } from "../support/emulator";
import { pulumiProject, setConfig, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

const emulator = useEmulator({ resetBeforeEach: false });
let project: PulumiProject;

beforeAll(async () => {
  project = await pulumiProject(join(__dirname, "projects/bad-inputs"));
  await useEmulatorConfig(project, emulator);
  await emulator.control.reset();
}, 600_000);

afterAll(() => project?.dispose());

/** What a person can act on: no stack trace, no path into sources the package does not ship. */
function expectNoStackTrace(output: string) {
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/\.ts:\d+/);
  expect(output).not.toContain("{<nil>}");
}

/** The part of the CLI output after the progress lines: one entry per diagnostic. */
const diagnostics = (output: string) => output.slice(output.indexOf("\nDiagnostics:"));
const occurrences = (text: string, of: string) => text.split(of).length - 1;

test.each([
  ["spend", /Workspace resource 'prod': property spendLimit value .* has a problem: spendLimit\.monthlyUsd: must not be negative \(got -5\)/],
  ["role", /UserInvite resource 'eve': property role .* the Admin API cannot assign the admin role; grant it in the Console/],
  ["workspace", /ApiKey resource 'portal': property workspaceId .* must be a workspace id starting with "wrkspc_" \(got "workspace-1"\)/],
])("preview with a bad %s fails naming the property and the value, and sends no request", { timeout: 180_000 }, async (which, message) => {
  await project.ok(["config", "set", "case", which]);
  const { code, output } = await project.run(["preview"]);
  expect(code).not.toBe(0);
  expect(diagnostics(output)).toMatch(message);
  expectNoStackTrace(output);
  expect((await emulator.control.requests()).total).toBe(0);
  expect(output).not.toContain(emulator.adminKey);
});

test("preview reports every bad input of a resource at once", { timeout: 180_000 }, async () => {
  await project.ok(["config", "set", "case", "several"]);
  const { code, output } = await project.run(["preview"]);
  expect(code).not.toBe(0);
  const summary = diagnostics(output);
  expect(summary).toMatch(/property displayColor value .* has a problem: must be a hex color like "#6C5BB9" \(got "purple"\)/);
  expect(summary).toMatch(/property spendLimit value .* has a problem: spendLimit\.monthlyUsd: must not be negative \(got -5\)/);
  expect(summary).toMatch(/property rateLimits value .* has a problem: rateLimits\.rpm: unknown property; remove it or check its spelling/);
  expectNoStackTrace(output);
  expect((await emulator.control.requests()).total).toBe(0);
});

test("a key pasted into an input is never echoed, by the provider or by the engine", { timeout: 180_000 }, async () => {
  const pasted = canaryAdminKey("pasted");
  await setConfig(project, { case: "pasted", pasted });
  const { code, output } = await project.run(["preview"]);
  expect(code).not.toBe(0);
  expect(diagnostics(output)).toMatch(/Workspace resource 'prod' has a problem: name: must be at most 40 characters \(value hidden\)/);
  expect(output).not.toContain(pasted);
  expect(output).not.toContain(pasted.slice(-16));
  expectNoStackTrace(output);
});

test("preview without an admin key fails once per resource, saying how to set one, and sends no request", { timeout: 180_000 }, async () => {
  try {
    // The same stack, with no admin key or base URL configured, as a new stack has.
    await project.ok(["config", "rm-all", "anthropic:adminKey", "anthropic:baseUrl", "pasted"]);
    await project.ok(["config", "set", "case", "valid"]);
    const { code, output } = await project.run(["preview"]);
    expect(code).not.toBe(0);
    const summary = diagnostics(output);
    expect(summary).toMatch(
      /Workspace resource '(fine|also)' has a problem: No Anthropic Admin API key is configured\. Set one with `pulumi config set --secret anthropic:adminKey <admin key>` or the ANTHROPIC_ADMIN_KEY environment variable\./,
    );
    // Each failing resource has its diagnostic once, in the progress lines and once in the summary.
    const failing = occurrences(summary, "pulumi-nodejs:dynamic/anthropic:Workspace (");
    expect(failing).toBeGreaterThanOrEqual(1);
    expect(failing).toBeLessThanOrEqual(2);
    expect(occurrences(summary, "No Anthropic Admin API key is configured")).toBe(failing);
    expect(occurrences(output, "No Anthropic Admin API key is configured")).toBe(2 * failing);
    expectNoStackTrace(output);
    expect((await emulator.control.requests()).total).toBe(0);
  } finally {
    await useEmulatorConfig(project, emulator);
  }
});

test("a workspace whose spend limit failed is recorded, the error says to run up again, and the next up finishes it", { timeout: 300_000 }, async () => {
  await project.ok(["config", "set", "case", "partial"]);
  await emulator.control.fault({ route: "POST /v1/organizations/spend_limits", kind: "status", status: 500, times: 10 });
  const first = await project.run(["up", "--yes", "--skip-preview"]);
  expect(first.code).not.toBe(0);
  const summary = diagnostics(first.output);
  expect(summary).toMatch(/wrkspc_\w+ was created but is not complete; run `pulumi up` again to finish it\. Workspace "Half": setSpendLimit failed: 500 api_error/);
  expectNoStackTrace(first.output);
  const [half] = (await emulator.control.state()).workspaces.filter((w) => w.name === "Half");
  expect(half?.archived_at).toBeNull();
  expect(project.stateFile()).toContain(half!.id);

  await emulator.control.clearFaults();
  const second = await project.run(["up", "--yes", "--skip-preview"]);
  expect(second.code, second.output).toBe(0);
  const state = await emulator.control.state();
  expect(state.workspaces.filter((w) => w.name === "Half").map((w) => w.id)).toEqual([half!.id]);
  expect(state.spendLimits.filter((s) => s.scope.type === "workspace" && s.scope.workspace_id === half!.id).map((s) => s.amount)).toEqual(["1000"]);
  expect((await project.run(["preview", "--expect-no-changes"])).code).toBe(0);
});
