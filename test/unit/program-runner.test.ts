import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { programRunner, pulumiCommandLine } from "../../scripts/program-runner.cjs";

// Which path the engine tests and the demo run programs by: both must stay green, so a machine that has
// the language host must be able to force the other path (`CI=true npm test` does).
describe("programRunner", () => {
  const bare = mkdtempSync(join(tmpdir(), "runner-bare-"));
  const withHost = mkdtempSync(join(tmpdir(), "runner-host-"));
  writeFileSync(join(withHost, "pulumi-language-nodejs"), "");
  afterAll(() => [bare, withHost].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test("the language host when it sits beside the CLI, else scripts/pulumi.mjs", () => {
    expect(programRunner(withHost, {})).toBe("language host");
    expect(programRunner(bare, {})).toBe("scripts/pulumi.mjs");
    expect(pulumiCommandLine(withHost, ["up", "--yes"], {})).toEqual([join(withHost, "pulumi"), ["up", "--yes", "--non-interactive"]]);
  });

  test("PULUMI_ANTHROPIC_PROGRAMS=pulumi.mjs forces the script where the host exists", () => {
    const env = { PULUMI_ANTHROPIC_PROGRAMS: "pulumi.mjs" };
    expect(programRunner(withHost, env)).toBe("scripts/pulumi.mjs");
    expect(pulumiCommandLine(withHost, ["preview"], env)).toEqual([process.execPath, [join(__dirname, "../../scripts/pulumi.mjs"), "preview", "--non-interactive"]]);
  });

  test("PULUMI_ANTHROPIC_PROGRAMS=host insists on the host; any other value is refused", () => {
    expect(programRunner(withHost, { PULUMI_ANTHROPIC_PROGRAMS: "host" })).toBe("language host");
    expect(() => programRunner(bare, { PULUMI_ANTHROPIC_PROGRAMS: "host" })).toThrow(/no pulumi-language-nodejs beside the CLI/);
    expect(() => programRunner(withHost, { PULUMI_ANTHROPIC_PROGRAMS: "mjs" })).toThrow(/give pulumi.mjs or host/);
  });
});
