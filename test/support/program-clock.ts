import { join } from "node:path";

/**
 * The environment that has the Node processes of a Pulumi command (the program, the dynamic provider,
 * scripts/pulumi.mjs) run `offsetMs` ahead of the machine's clock (behind, if negative): for
 * pulumiProject's `env`. See program-clock.cjs.
 */
export function programClockEnv(offsetMs: number): Record<string, string> {
  return {
    NODE_OPTIONS: `--require ${join(__dirname, "program-clock.cjs")}`,
    PULUMI_ANTHROPIC_TEST_CLOCK_OFFSET_MS: String(Math.round(offsetMs)),
  };
}
