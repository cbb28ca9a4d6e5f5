import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

export interface EmulatorCli {
  readonly url: string;
  /** The `pulumi config set ...` lines it printed, each as the arguments after `pulumi`. */
  readonly configCommands: string[][];
  /** Everything it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * `npx pulumi-anthropic-emulator <args>` run in a project directory, as the README tells users to: the
 * bin of the package installed in that project's node_modules. Resolves once it has printed the lines to
 * paste. Its own process group, so that stop() ends npx and the emulator under it together.
 */
export async function startEmulatorCli(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<EmulatorCli> {
  const child = spawn("npx", ["pulumi-anthropic-emulator", ...args], { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const deadline = Date.now() + 30_000;
  while (!/pulumi config set --secret anthropic:adminKey \S+\n/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      try { process.kill(-child.pid!, "SIGKILL"); } catch { /* gone */ }
      throw new Error(`the emulator did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = /listening on (http:\/\/\S+)\n/.exec(output)?.[1];
  if (!url) throw new Error(`no URL in the emulator's output: ${output}`);
  const configCommands = [...output.matchAll(/^\s*pulumi (config set .+)$/gm)].map((m) => m[1]!.trim().split(/\s+/));
  return {
    url,
    configCommands,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      try { process.kill(-child.pid!, "SIGTERM"); } catch { /* gone */ }
      await exited;
    },
  };
}

/**
 * The bin as shipped: emulator/cli.ts compiled to CommonJS, in an output folder of the caller's own (so
 * test files that run side by side never race), to run with node. Returns the path of cli.js.
 */
export async function compiledEmulatorCli(folder: string): Promise<string> {
  const root = join(__dirname, "..", "..");
  const out = join(root, "node_modules", ".cache", folder);
  await promisify(execFile)(process.execPath, [
    join(root, "node_modules", "typescript", "bin", "tsc"), "emulator/cli.ts", "--outDir", out, "--rootDir", ".",
    "--module", "commonjs", "--moduleResolution", "node10", "--target", "ES2023", "--types", "node",
    "--esModuleInterop", "--skipLibCheck", "--strict", "--ignoreConfig", "--ignoreDeprecations", "6.0",
  ], { cwd: root });
  const cli = join(out, "emulator", "cli.js");
  if (!existsSync(cli)) throw new Error(`tsc wrote no ${cli}`);
  return cli;
}
