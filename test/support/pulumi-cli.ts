import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const repo = resolve(__dirname, "../..");

/** The Pulumi CLI built by the set-up (cached after the first build) and the dynamic-provider launcher. */
export function toolPath(): string {
  const pulumiBin = execFileSync("bash", [join(repo, "scripts/setup-pulumi.sh")], { encoding: "utf8" }).trim();
  return [pulumiBin, join(repo, "node_modules/@pulumi/pulumi"), process.env.PATH].join(":");
}

export interface RunResult {
  code: number;
  output: string;
}

export interface PulumiProject {
  readonly dir: string;
  /** Runs `pulumi <args>` in the project directory, as a user would; never throws. */
  run(args: string[]): Promise<RunResult>;
  /** Like run, but throws with the output when the command fails. */
  ok(args: string[]): Promise<string>;
  /** The stack's state file as the backend stores it (not `stack export`, which may decrypt). */
  stateFile(): string;
  /** Everything every command printed so far. */
  transcript(): string;
  /** Replaces text in the program, failing if it is not there (a program edit). */
  edit(from: string, to: string): void;
  dispose(): void;
}

/**
 * A copy of a project (a folder of examples/, or a path) in a temporary directory, with a file:// backend, its own PULUMI_HOME and
 * a passphrase. Its node_modules links to the repository's, as a user's project has its own.
 */
export async function pulumiProject(source: string, stack = "dev"): Promise<PulumiProject> {
  const root = mkdtempSync(join(tmpdir(), "pulumi-anthropic-engine-"));
  const dir = join(root, "project");
  cpSync(source.includes("/") ? source : join(repo, "examples", source), dir, { recursive: true, filter: (src) => !src.includes("node_modules") && !/Pulumi\..+\.yaml$/.test(src) });
  symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"));
  const backend = join(root, "backend");
  mkdirSync(backend);
  const env: NodeJS.ProcessEnv = {
    PATH: toolPath(),
    HOME: process.env.HOME,
    PULUMI_HOME: join(root, "pulumi-home"),
    PULUMI_BACKEND_URL: `file://${backend}`,
    PULUMI_CONFIG_PASSPHRASE: "engine-test-passphrase",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    PULUMI_SKIP_CONFIRMATIONS: "true",
    NO_COLOR: "1",
  };
  let transcript = "";
  const run = (args: string[]) =>
    new Promise<RunResult>((done) => {
      const child = spawn(process.execPath, [join(repo, "scripts/pulumi.mjs"), ...args, "--non-interactive"], { cwd: dir, env });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("close", (code) => {
        // Only what the CLI printed: the command line itself may carry a secret being set.
        transcript += `${output}\n`;
        done({ code: code ?? 1, output });
      });
    });
  const project: PulumiProject = {
    dir,
    run,
    async ok(args) {
      const result = await run(args);
      if (result.code !== 0) throw new Error(`pulumi ${args.join(" ")} exited ${result.code}:\n${result.output}`);
      return result.output;
    },
    stateFile() {
      const stacks = join(backend, ".pulumi", "stacks");
      const [projectDir] = readdirSync(stacks);
      return readFileSync(join(stacks, projectDir!, `${stack}.json`), "utf8");
    },
    transcript: () => transcript,
    edit(from, to) {
      const file = join(dir, "index.ts");
      const text = readFileSync(file, "utf8");
      if (!text.includes(from)) throw new Error(`program edit: "${from}" is not in ${file}`);
      writeFileSync(file, text.replace(from, to));
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
  await project.ok(["stack", "init", stack]);
  return project;
}

/** Points a project at an emulator: the admin key as a secret, the URL as plain config. */
export async function useEmulatorConfig(project: PulumiProject, emulator: { url: string; adminKey: string }): Promise<void> {
  await project.ok(["config", "set", "--secret", "anthropic:adminKey", emulator.adminKey]);
  await project.ok(["config", "set", "anthropic:baseUrl", emulator.url]);
}
