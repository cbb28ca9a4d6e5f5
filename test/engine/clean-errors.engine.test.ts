import { afterAll, beforeAll, expect, test } from "vitest";
import { join } from "node:path";
import { pulumiProject, type PulumiProject } from "../support/pulumi-cli";

// Finding 12 of issue 15: an expected failure of a data function or of DeveloperAccess prints as one
// clean line, as a resource's does: no stack trace, no colour codes (the CLI's output is not a terminal).
let project: PulumiProject;
beforeAll(async () => {
  project = await pulumiProject(join(__dirname, "projects/clean-errors"));
}, 600_000);
afterAll(() => project?.dispose());

const missingKey = "No Anthropic Admin API key is configured. Set one with `pulumi config set --secret anthropic:adminKey <admin key>`";

test.each([
  ["function", `error: getUsers: ${missingKey}`],
  ["output", `error: getUsers: ${missingKey}`],
  ["component", `error: DeveloperAccess "dev": could not check whether dev@example.com has joined: getUsers: ${missingKey}`],
])("a %s without an admin key fails with one line", { timeout: 180_000 }, async (which, line) => {
  await project.ok(["config", "set", "case", which]);
  const { code, output } = await project.run(["preview"]);
  expect(code).not.toBe(0);
  const diagnostics = output.slice(output.indexOf("\nDiagnostics:"));
  expect(diagnostics).toContain(line);
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toContain("\u001b[");
  expect(output).not.toContain("unhandled exception");
});
