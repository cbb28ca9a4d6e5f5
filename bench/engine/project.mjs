// A temporary Pulumi project per arm, laid out as a user's: Pulumi.yaml, package.json, index.ts and a
// node_modules in which `pulumi-anthropic` is this checkout's build (see install.mjs for the layouts).
// Its own file:// backend, PULUMI_HOME and passphrase, beside it in the same temporary folder.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { layNodeModules } from "./install.mjs";
import childEnv from "../../scripts/child-env.cjs";

const { machineNetworkEnv } = childEnv;

const PASSPHRASE = "bench-passphrase";
const PROVIDER_CPU_HOOK = fileURLToPath(new URL("./provider-cpu.cjs", import.meta.url));

export function createProject({ repo, root, name, program, toolchain, layout, extraEnv = {}, stack = "bench" }) {
  const dir = join(root, name, "project");
  const backend = join(root, name, "backend");
  mkdirSync(dir, { recursive: true });
  mkdirSync(backend);
  writeFileSync(join(dir, "Pulumi.yaml"), `name: bench-${name}\nruntime: nodejs\n`);
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: `bench-${name}`, private: true, main: "index.ts" }, null, 2)}\n`);
  writeFileSync(join(dir, "index.ts"), program);
  layNodeModules(repo, dir, layout);
  const providerCpuFile = join(root, name, "provider-cpu.jsonl");
  const env = {
    ...machineNetworkEnv(),
    PATH: toolchain.path,
    HOME: process.env.HOME,
    PULUMI_HOME: join(root, name, "pulumi-home"),
    PULUMI_BACKEND_URL: `file://${backend}`,
    PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    PULUMI_SKIP_CONFIRMATIONS: "true",
    // Type-checking the program is not what is measured (and would be the same for both arms).
    PULUMI_NODEJS_TRANSPILE_ONLY: "true",
    NO_COLOR: "1",
    ...extraEnv,
    // Each provider process reports its CPU time (provider-cpu.cjs); both arms alike.
    BENCH_PROVIDER_CPU_FILE: providerCpuFile,
    NODE_OPTIONS: [`--require ${JSON.stringify(PROVIDER_CPU_HOOK)}`, extraEnv.NODE_OPTIONS].filter(Boolean).join(" "),
  };

  /** Runs `pulumi <args>` as one process; resolves with its wall time in seconds and what it printed. */
  const run = (args) =>
    new Promise((resolve) => {
      const [file, argv] = toolchain.spawnArgs([...args, "--non-interactive"]);
      const started = performance.now();
      const child = spawn(file, argv, { cwd: dir, env });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("error", (error) => resolve({ code: 127, seconds: 0, stdout, stderr: `${stderr}${error.message}` }));
      // "close": the process has exited and every stream it shared (plugins included) is closed.
      child.on("close", (code) => resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, stdout, stderr }));
    });

  const ok = async (args) => {
    const result = await run(args);
    if (result.code !== 0) {
      // The command line is left out: `config set --secret` carries the admin key.
      const tail = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-40).join("\n");
      throw new Error(`pulumi ${args[0]} in ${name} exited ${result.code}:\n${tail}`);
    }
    return result;
  };

  return {
    name,
    dir,
    env,
    run,
    ok,
    init: () => ok(["stack", "init", stack]),
    /**
     * CPU ms of the provider processes since the last call (one per process the engine started), from
     * when each served the engine to its end; see provider-cpu.cjs.
     */
    takeProviderCpu() {
      if (!existsSync(providerCpuFile)) return [];
      const lines = readFileSync(providerCpuFile, "utf8").split("\n").filter(Boolean);
      rmSync(providerCpuFile);
      return lines.map((line) => JSON.parse(line).servingCpuMs).filter((ms) => typeof ms === "number");
    },
    /** The checkpoint file as the backend keeps it on disk. */
    stateFile() {
      const stacks = join(backend, ".pulumi", "stacks");
      const [projectDir] = readdirSync(stacks);
      return readFileSync(join(stacks, projectDir, `${stack}.json`));
    },
  };
}
