import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { installPackageInto } from "../../scripts/install-package.cjs";
import { machineNetworkEnv } from "../../scripts/child-env.cjs";
import { programRunner as runnerFor, pulumiCommandLine, type ProgramRunner } from "../../scripts/program-runner.cjs";
import { join, resolve } from "node:path";

const repo = resolve(__dirname, "../..");
const ENGINE_TEST_PASSPHRASE = "engine-test-passphrase";

/** The Pulumi CLI built by the set-up (cached after the first build) and the dynamic-provider launcher. */
export function toolPath(): string {
  return [pulumiBin(), join(repo, "node_modules/@pulumi/pulumi"), process.env.PATH].join(":");
}

let cachedBin: string | undefined;
function pulumiBin(): string {
  cachedBin ??= execFileSync("bash", [join(repo, "scripts/setup-pulumi.sh")], { encoding: "utf8" }).trim();
  return cachedBin;
}

let announced = false;

/** Who runs programs in these tests: the language host when it sits beside the CLI, unless PULUMI_ANTHROPIC_PROGRAMS says otherwise (scripts/program-runner.cjs). */
export function programRunner(): ProgramRunner {
  return runnerFor(pulumiBin());
}

/**
 * The command line that runs `pulumi <args>` in a project directory: the CLI itself when the Node.js
 * language host sits beside it (scripts/env.sh puts it there when the machine has a build of it), so
 * programs run exactly as on a user's machine; else scripts/pulumi.mjs, which serves the program to
 * the CLI inline. Says once which path ran.
 */
export function pulumiCommand(args: string[]): [string, string[]] {
  const bin = pulumiBin();
  if (!announced) {
    announced = true;
    console.log(programRunner() === "language host" ? `engine tests: programs run by the Node.js language host (${bin})` : "engine tests: programs run by scripts/pulumi.mjs (no language host beside the CLI, or PULUMI_ANTHROPIC_PROGRAMS=pulumi.mjs)");
  }
  return pulumiCommandLine(bin, args);
}

export interface RunResult {
  code: number;
  output: string;
}

export interface PulumiProject {
  readonly dir: string;
  /** Runs `pulumi <args>` in the project directory, as a user would; never throws. */
  run(args: string[]): Promise<RunResult>;
  /** Runs another command in the project directory with the project's environment (backend, PULUMI_HOME, PATH), e.g. an Automation API program; recorded in the transcript; never throws. */
  exec(command: string, args: string[]): Promise<RunResult>;
  /** Like run, but throws with the output when the command fails. */
  ok(args: string[]): Promise<string>;
  /** Starts `pulumi <args>` and returns at once, so a test can act while it runs (e.g. kill it). */
  start(args: string[]): RunningCommand;
  /** The stack's state file as the backend stores it (not `stack export`, which may decrypt). */
  stateFile(): string;
  /** Everything every command printed so far. */
  transcript(): string;
  /** Replaces text in the program, failing if it is not there (a program edit). */
  edit(from: string, to: string): void;
  dispose(): void;
}

export interface ProjectOptions {
  /** Added to the environment every command of the project runs in (e.g. program-clock.ts). */
  env?: Record<string, string>;
  /**
   * Whether the language host type-checks the program on each run (see typeCheckEnv). By default the
   * programs of test/engine/projects are not, and every other one is.
   */
  typeCheck?: boolean;
}

/**
 * A copy of a project (a folder of examples/, or a path) in a temporary directory, with a file:// backend, its own PULUMI_HOME and
 * a passphrase. Its node_modules holds the built package as npm installs it (see installed-package.ts).
 */
export async function pulumiProject(source: string, stack = "dev", options: ProjectOptions = {}): Promise<PulumiProject> {
  const root = mkdtempSync(join(tmpdir(), "pulumi-anthropic-engine-"));
  const dir = join(root, "project");
  cpSync(source.includes("/") ? source : join(repo, "examples", source), dir, { recursive: true, filter: (src) => !src.includes("node_modules") && !/Pulumi\..+\.yaml$/.test(src) });
  const project = projectIn(root, stack, ENGINE_TEST_PASSPHRASE, { ...typeCheckEnv(source, options.typeCheck), ...options.env });
  await project.ok(["stack", "init", stack]);
  return project;
}

const TEST_PROJECTS = join(repo, "test/engine/projects");

/**
 * The programs of test/engine/projects are type-checked with the rest of the tests (tsconfig.check.json,
 * part of `npm test`, against the built typings as installed), so the language host runs them
 * transpile-only: ts-node's check is about half the CPU of each preview and update. Programs from
 * examples/ run type-checked, as users' do, unless a test whose subject is something else says otherwise.
 */
function typeCheckEnv(source: string, typeCheck = !resolve(source).startsWith(`${TEST_PROJECTS}/`)): Record<string, string> {
  return typeCheck ? {} : { PULUMI_NODEJS_TRANSPILE_ONLY: "true" };
}

export interface SavedProjectOptions {
  /** The files that make up the project (program, Pulumi.yaml, Pulumi.<stack>.yaml, ...), copied as they are. */
  files: string[];
  stack: string;
  /** The passphrase the saved Pulumi.<stack>.yaml's secrets were encrypted with. */
  passphrase?: string;
  /** Placeholder -> value, replaced in every copied file; given the new project directory. */
  substitutions?: (dir: string) => Record<string, string>;
}

/**
 * A project from a folder that keeps one whole, with its own Pulumi.<stack>.yaml (encryption salt and
 * encrypted config), e.g. a fixture saved from an older version. The stack is created empty (its
 * config file is kept): import a state into it with `pulumi stack import`.
 */
export async function pulumiProjectFromSaved(source: string, options: SavedProjectOptions): Promise<PulumiProject> {
  const root = mkdtempSync(join(tmpdir(), "pulumi-anthropic-engine-"));
  const dir = join(root, "project");
  mkdirSync(dir);
  const substitutions = Object.entries(options.substitutions?.(dir) ?? {});
  for (const file of options.files) {
    const text = substitutions.reduce((out, [from, to]) => out.split(from).join(to), readFileSync(join(source, file), "utf8"));
    writeFileSync(join(dir, file), text);
  }
  const project = projectIn(root, options.stack, options.passphrase ?? ENGINE_TEST_PASSPHRASE);
  await project.ok(["stack", "init", options.stack]);
  return project;
}

/** The project in `<root>/project`, with its backend and PULUMI_HOME beside it in `root`. */
function projectIn(root: string, stack: string, passphrase: string, extraEnv: Record<string, string> = {}): PulumiProject {
  const dir = join(root, "project");
  installPackageInto(dir);
  const backend = join(root, "backend");
  mkdirSync(backend);
  const env: NodeJS.ProcessEnv = {
    ...machineNetworkEnv(),
    PATH: toolPath(),
    HOME: process.env.HOME,
    PULUMI_HOME: join(root, "pulumi-home"),
    PULUMI_BACKEND_URL: `file://${backend}`,
    PULUMI_CONFIG_PASSPHRASE: passphrase,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    PULUMI_SKIP_CONFIRMATIONS: "true",
    NO_COLOR: "1",
    ...extraEnv,
  };
  let transcript = "";
  const exec = (command: string, argv: string[]) =>
    new Promise<RunResult>((done) => {
      const child = spawn(command, argv, { cwd: dir, env });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("close", (code) => {
        // Only what the CLI printed: the command line itself may carry a secret being set.
        transcript += `${output}\n`;
        done({ code: code ?? 1, output });
      });
    });
  const run = (args: string[]) => exec(...pulumiCommand(args));
  const start = (args: string[]): RunningCommand => {
    // Its own process group, as a command started from a shell; the CLI puts its plugins in groups of their own.
    const [command, argv] = pulumiCommand(args);
    const child = spawn(command, argv, { cwd: dir, env, detached: true });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    let finished = false;
    const exited = new Promise<RunResult & { signal: NodeJS.Signals | null }>((done) => {
      child.on("close", (code, signal) => {
        finished = true;
        transcript += `${output}\n`;
        done({ code: code ?? 1, signal, output });
      });
    });
    return { pid: child.pid!, exited, output: () => output, finished: () => finished, killTree: () => killProcessTree(child.pid!) };
  };
  const project: PulumiProject = {
    dir,
    run,
    exec,
    start,
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
  return project;
}

/**
 * Sets config values with one command (`pulumi config set-all`; each CLI start costs a second or two on a
 * loaded machine): `plain` as plaintext, `secrets` encrypted. `path`: keys are paths (`a.b`, `list[0]`),
 * as `pulumi config set --path` takes them.
 */
export async function setConfig(
  project: PulumiProject, plain: Record<string, string>, secrets: Record<string, string> = {}, options: { path?: boolean } = {},
): Promise<void> {
  const pairs = [
    ...Object.entries(plain).flatMap(([key, value]) => ["--plaintext", `${key}=${value}`]),
    ...Object.entries(secrets).flatMap(([key, value]) => ["--secret", `${key}=${value}`]),
  ];
  await project.ok(["config", "set-all", ...(options.path ? ["--path"] : []), ...pairs]);
}

/** Points a project at an emulator: the admin key as a secret, the URL as plain config. */
export async function useEmulatorConfig(project: PulumiProject, emulator: { url: string; adminKey: string }): Promise<void> {
  await setConfig(project, { "anthropic:baseUrl": emulator.url }, { "anthropic:adminKey": emulator.adminKey });
}

/** Points the named organization `name` (`anthropic:organizations.<name>`) at an emulator, as the README shows. */
export async function useOrganizationConfig(project: PulumiProject, name: string, emulator: { url: string; adminKey: string }): Promise<void> {
  const at = `anthropic:organizations.${name}`;
  await setConfig(project, { [`${at}.baseUrl`]: emulator.url }, { [`${at}.adminKey`]: emulator.adminKey }, { path: true });
}

export interface RunningCommand {
  /** The pid of the command (the CLI, or the scripts/pulumi.mjs wrapper), the root of its process tree. */
  readonly pid: number;
  /** Settles when the command has ended, by itself or killed, and its output streams have closed. */
  readonly exited: Promise<RunResult & { signal: NodeJS.Signals | null }>;
  output(): string;
  finished(): boolean;
  /** SIGKILLs the whole process tree at once, as `kill -9` of everything would; see killProcessTree. */
  killTree(): Promise<number[]>;
}

/**
 * SIGKILLs a process and every descendant, and returns their pids once none of them runs any more.
 *
 * A process-group kill is not enough: the Pulumi CLI starts each plugin (the language host, the dynamic
 * provider and its node child) in a process group of its own. And once a parent dies its children are
 * re-parented, so the tree is collected first: every process in it is stopped (a stopped process cannot
 * fork), the walk repeats until it finds nobody new, then all of them get SIGKILL. No handler runs, as with
 * `kill -9`. Linux only (reads /proc).
 */
export async function killProcessTree(root: number): Promise<number[]> {
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const pid of tree) signal(pid, "SIGSTOP");
    for (const pid of allPids()) {
      const parent = processStat(pid)?.ppid;
      if (!tree.has(pid) && parent !== undefined && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  for (const pid of tree) signal(pid, "SIGKILL");
  const deadline = Date.now() + 10_000;
  // A killed process whose new parent does not reap it stays a zombie: it runs nothing and holds no socket.
  const running = () => [...tree].filter((pid) => (processStat(pid)?.state ?? "Z") !== "Z");
  while (running().length > 0) {
    if (Date.now() > deadline) throw new Error(`processes still running after SIGKILL: ${running().join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return [...tree];
}

/** Processes (not zombies) whose working directory is `dir` or inside it: the CLI and its plugins run in the project. */
export function liveProcessesIn(dir: string): Array<{ pid: number; command: string }> {
  const found: Array<{ pid: number; command: string }> = [];
  for (const pid of allPids()) {
    if (pid === process.pid) continue;
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      if ((cwd === dir || cwd.startsWith(`${dir}/`)) && processStat(pid)?.state !== "Z") {
        found.push({ pid, command: readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").slice(0, 3).join(" ") });
      }
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

function allPids(): number[] {
  return readdirSync("/proc").map(Number).filter((pid) => Number.isInteger(pid) && pid > 0);
}

/** State letter and parent pid from /proc/<pid>/stat; the command name may hold spaces and parentheses. */
function processStat(pid: number): { state: string; ppid: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: state!, ppid: Number(ppid) };
  } catch {
    return undefined;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}
