import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { useEmulator } from "../support/emulator";
import { pulumiProject, setConfig, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

// `dependsOn: budget.gate`: a resource that waits for a budget is not created in a run the budget fails,
// and is once the budget passes.

const HOUR = 3_600_000;
const emulator = useEmulator({ resetBeforeEach: false });
let project: PulumiProject;
const hour = Math.floor(Date.now() / HOUR) * HOUR - 2 * HOUR;

beforeAll(async () => {
  project = await pulumiProject(join(__dirname, "projects/spend-gate"));
  await useEmulatorConfig(project, emulator);
  await emulator.control.reset();
  const team = await emulator.control.seedWorkspace({ name: "Team" });
  // $10: 2,000,000 Haiku output tokens at 500 cents per million.
  await emulator.control.seedUsage({ records: [{ startingAt: new Date(hour).toISOString(), workspaceId: team.id, model: "claude-haiku-4-5", outputTokens: 2_000_000, requests: 1 }] });
  await setConfig(project, { startingAt: new Date(hour).toISOString(), endingAt: new Date(hour + HOUR).toISOString() });
}, 600_000);

afterAll(() => project?.dispose());

const names = async () => (await emulator.control.state()).workspaces.map((w) => w.name).sort();

test("a budget that fails the run keeps the gated workspace from being created; once within its limit, it is created", { timeout: 300_000 }, async () => {
  await project.ok(["config", "set", "limitUsd", "5"]);
  await emulator.control.resetRequests();
  const failed = await project.run(["up", "--yes"]);
  expect(failed.code, failed.output).not.toBe(0);
  expect(failed.output).toMatch(/error: spend budget "gate" exceeded: \$10\.00 spent of \$5\.00 in the window/);
  // This program exports nothing, so Pulumi counts it as finished before the check fails: the error must
  // still read as one line (it printed the stack trace, and the class name, before failTheRun cut it).
  expect(failed.output).not.toMatch(/\n\s+at |SpendBudgetExceededError/);
  expect(Object.keys((await emulator.control.requests()).byRoute).filter((route) => !route.startsWith("GET "))).toEqual([]);
  expect(await names()).not.toContain("Gated");

  await project.ok(["config", "set", "limitUsd", "10"]); // at the limit: within it
  expect(await project.ok(["up", "--yes"])).toMatch(/spend budget "gate" is within its limit: \$10\.00 spent of \$10\.00/);
  expect(await names()).toContain("Gated");
  await project.ok(["destroy", "--yes"]);
});
