/** Who runs Pulumi programs in a project directory here (see program-runner.cjs). */
export type ProgramRunner = "language host" | "scripts/pulumi.mjs";
export function programRunner(pulumiBin: string, env?: NodeJS.ProcessEnv): ProgramRunner;
/** The command line that runs `pulumi <args>` (non-interactive) in a project directory. */
export function pulumiCommandLine(pulumiBin: string, args: string[], env?: NodeJS.ProcessEnv): [string, string[]];
/** The folder of the first `pulumi` on PATH, or undefined. */
export function pulumiOnPath(env?: NodeJS.ProcessEnv): string | undefined;
export const PROGRAM_RUNNER_VARIABLE: "PULUMI_ANTHROPIC_PROGRAMS";
