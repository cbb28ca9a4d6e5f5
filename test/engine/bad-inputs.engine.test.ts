import { afterAll, beforeAll, expect, test } from "vitest";
import { join } from "node:path";
import { useEmulator } from "../support/emulator";
import { pulumiProject, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

const emulator = useEmulator({ resetBeforeEach: false });
let project: PulumiProject;

beforeAll(async () => {
  project = await pulumiProject(join(__dirname, "projects/bad-inputs"));
  await useEmulatorConfig(project, emulator);
  await emulator.control.reset();
}, 600_000);

afterAll(() => project?.dispose());

test.each([
  ["spend", /Workspace resource 'prod': property spendLimit\.monthlyUsd .* must not be negative/],
  ["role", /UserInvite resource 'eve': property role .* the Admin API cannot assign the admin role; grant it in the Console/],
  ["workspace", /ApiKey resource 'portal': property workspaceId .* must be a workspace id starting with "wrkspc_"/],
])("preview with a bad %s fails naming the property, and sends no request", { timeout: 180_000 }, async (which, message) => {
  await project.ok(["config", "set", "case", which]);
  const { code, output } = await project.run(["preview"]);
  expect(code).not.toBe(0);
  expect(output).toMatch(message);
  expect((await emulator.control.requests()).total).toBe(0);
  expect(output).not.toContain(emulator.adminKey);
});

test("preview without an admin key fails saying how to set one, and sends no request", { timeout: 180_000 }, async () => {
  const unconfigured = await pulumiProject(join(__dirname, "projects/bad-inputs"));
  try {
    await unconfigured.ok(["config", "set", "case", "valid"]);
    const { code, output } = await unconfigured.run(["preview"]);
    expect(code).not.toBe(0);
    expect(output).toContain("No Anthropic Admin API key is configured");
    expect(output).toContain("pulumi config set --secret anthropic:adminKey");
    expect((await emulator.control.requests()).total).toBe(0);
  } finally {
    unconfigured.dispose();
  }
});
