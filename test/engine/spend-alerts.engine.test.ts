import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EmulatorControl } from "../../emulator";
import { startEmulatorCli, type EmulatorCli } from "../support/emulator-cli";
import { programClockEnv } from "../support/program-clock";
import { programRunner, pulumiProject, toolPath, type PulumiProject } from "../support/pulumi-cli";
import { commandOf, readmeSectionBlocks } from "../support/readme";

// The README's "Cost alerts" section, run: its program is examples/spend-alerts/index.ts (checked equal),
// its shell steps run in order against the emulator's CLI, and the lines it shows are the shape of what
// the CLI prints. The test seeds exact usage (replacing the demo organization's synthetic hours) so that
// the organization's month ($155 of $150) warns and Sandbox's week ($45 of $40) fails the run.
//
// A budget counts the whole hours of its week or month up to the program's now; in the first hour of a
// week or a month there are none. So the program runs on a clock of the test's choosing
// (support/program-clock.ts), whatever the time: half an hour into the hour after the seeded one, an
// hour that never starts a week or a month. That clock is always at least 30 minutes ahead of the
// machine's, in another hour: a program on the machine's clock would count none of the seeded usage.

const HOUR = 3_600_000;
const repo = join(__dirname, "../..");
let project: PulumiProject;
let emulator: EmulatorCli;

const blocks = readmeSectionBlocks("Cost alerts");

/** Whether the hour that starts at `ms` is the first of an ISO week (Monday) or of a month, UTC. */
function startsAPeriod(ms: number): boolean {
  const d = new Date(ms);
  return d.getUTCHours() === 0 && (d.getUTCDay() === 1 || d.getUTCDate() === 1);
}
const thisHour = Math.floor(Date.now() / HOUR) * HOUR;
/** The program's last whole hour, in the same week and month as the hour after it (the program's now). */
const usageHour = startsAPeriod(thisHour + HOUR) ? thisHour + HOUR : thisHour;
const programClock = programClockEnv(usageHour + HOUR + HOUR / 2 - Date.now());

beforeAll(async () => {
  project = await pulumiProject("spend-alerts", "dev", { env: programClock });
}, 600_000);

afterAll(async () => {
  await emulator?.stop();
  project?.dispose();
});

const haikuDollars = (usd: number) => ({ model: "claude-haiku-4-5", outputTokens: usd * 200_000, requests: 1 });

describe("README: Cost alerts, run as written on examples/spend-alerts", { timeout: 600_000 }, () => {
  test("its program is examples/spend-alerts/index.ts", () => {
    const programs = blocks.filter((b) => b.lang === "ts").map((b) => b.text);
    expect(programs).toEqual([readFileSync(join(repo, "examples/spend-alerts/index.ts"), "utf8")]);
  });

  test("preview and up: one budget warns, the other fails the run with one line; 0 writes, nothing in the stack", async () => {
    const outputs: string[] = [];
    let control: EmulatorControl | undefined;
    let sandboxId = "";
    for (const line of blocks.find((b) => b.lang === "sh")!.text.split("\n").map(commandOf).filter(Boolean)) {
      const words = line.split(/\s+/);
      if (line === "npx pulumi-anthropic-emulator") {
        emulator = await startEmulatorCli(project.dir, ["--port", "0"], { PATH: toolPath(), HOME: process.env.HOME });
        control = new EmulatorControl(emulator.url);
        sandboxId = (await control.state()).workspaces.find((w) => w.name === "Sandbox")!.id;
        const research = await control.seedWorkspace({ name: "Research" });
        const lastHour = new Date(usageHour).toISOString();
        await control.seedUsage({
          records: [
            { startingAt: lastHour, workspaceId: sandboxId, ...haikuDollars(45) },
            { startingAt: lastHour, workspaceId: research.id, ...haikuDollars(110) },
          ],
        });
        await control.resetRequests();
      } else if (line === "pulumi stack init dev") {
        expect((await project.ok(["stack", "ls"])).split("\n").some((l) => /^dev\*?\s/.test(l))).toBe(true); // made by pulumiProject
      } else if (words[0] === "pulumi" && words[1] === "config" && words[2] === "set") {
        const printed = emulator.configCommands.find((c) => c.slice(0, -1).join(" ") === words.slice(1, -1).join(" "));
        if (!printed) throw new Error(`README step "${line}" is not one of the lines the emulator printed: ${emulator.output()}`);
        await project.ok(printed);
      } else if (line === "pulumi preview") {
        const result = await project.run(["preview"]);
        expect(result.code, result.output).not.toBe(0);
        outputs.push(result.output);
      } else {
        throw new Error(`README step "${line}" is not one this test knows how to run: teach it, or change the README`);
      }
    }
    // The same program through `pulumi up`, as a deployment would run it.
    const up = await project.run(["up", "--yes"]);
    expect(up.code, up.output).not.toBe(0);
    outputs.push(up.output);

    const money = String.raw`\$[\d,]+\.\d\d`;
    const instant = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ`;
    const warning = new RegExp(
      String.raw`warning: spend budget "organization-monthly" exceeded: \$155\.00 spent of \$150\.00 this month \(${instant} to ${instant}, UTC\) organization-wide; forecast ${money} by ${instant}$`, "m",
    );
    const failure = new RegExp(
      String.raw`error: spend budget "sandbox-weekly" exceeded: \$45\.00 spent of \$40\.00 this week \(${instant} to ${instant}, UTC\) in workspace ${sandboxId}; forecast ${money} by ${instant}; the run stops \(onExceeded: "fail"\)$`, "m",
    );
    for (const output of outputs) {
      expect(output).toMatch(warning);
      expect(output).toMatch(failure);
      // One clean line: no stack trace, no "unhandled exception", no Node warning about late handlers.
      // An inline program (scripts/pulumi.mjs, as the Automation API runs one) has Pulumi print a failed
      // run's error twice: logged when it happens, and again as the run's result.
      const failures = programRunner() === "scripts/pulumi.mjs" ? [failure, failure] : [failure];
      const diagnostics = output.slice(output.indexOf("\nDiagnostics:"), output.indexOf("\nResources:"));
      expect(diagnostics.trim().split("\n").map((l) => l.trim()).filter(Boolean)).toEqual([
        "Diagnostics:", "pulumi:pulumi:Stack (anthropic-spend-alerts-dev):", expect.stringMatching(warning), ...failures.map((f) => expect.stringMatching(f)),
      ]);
      expect(output).not.toMatch(/unhandled|Warning:|\n\s+at /);
    }
    // The README's sample lines have the shape the CLI prints.
    const sample = blocks.find((b) => b.lang === "text")!.text.trim().split("\n").map((l) => l.trim());
    const shape = (l: string) => l.replace(/\$[\d,]+\.\d\d/g, "$").replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, "T").replace(/wrkspc_\S+?;/g, "W;");
    const printed = [...new Set(outputs[0]!.split("\n").map((l) => l.trim()).filter((l) => /^(warning|error): spend budget/.test(l)))];
    expect(sample.map(shape)).toEqual(printed.map(shape));

    // Only reads: the workspace lookup and the cost report; nothing written, nothing created.
    const counts = (await control!.requests()).byRoute;
    expect(Object.keys(counts).filter((route) => !route.startsWith("GET "))).toEqual([]);
    expect(counts["GET /v1/organizations/analytics/cost"]).toBeGreaterThanOrEqual(4);
    expect((await control!.state()).workspaces.map((w) => w.name).sort()).toEqual(["Default", "Research", "Sandbox"]);
    const state = JSON.parse(project.stateFile()) as { checkpoint: { latest?: { resources?: Array<{ type: string; outputs?: object }> } } };
    const resources = state.checkpoint.latest?.resources ?? [];
    expect(resources.filter((r) => r.type !== "pulumi:pulumi:Stack")).toEqual([]);
    expect(resources.flatMap((r) => Object.keys(r.outputs ?? {}))).toEqual([]);
  });
});
