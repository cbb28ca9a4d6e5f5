import { execFileSync, spawn } from "node:child_process";
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, test } from "vitest";
import { EmulatorControl } from "../../emulator";
import { startEmulatorCli, type EmulatorCli } from "../support/emulator-cli";
import { commandOf, readmeSectionBlocks } from "../support/readme";
import { pulumiCommand, toolPath } from "../support/pulumi-cli";
import { machineNetworkEnv } from "../../scripts/child-env.cjs";

// A project made from the README alone: the steps of its "Install" and "Walkthrough" sections are read
// out of README.md and run in order, in a temporary directory, with the files (Pulumi.yaml, index.ts)
// taken from its code blocks, so the README and this test cannot drift apart. A README step this file
// does not know fails the test. The few differences from a person at a terminal, and why:
//
// - `git clone ...` makes `pulumi-anthropic/` a copy of this checkout's sources (package.json, tsconfig,
//   provider/, emulator/, README, LICENSE) with its installed node_modules linked in place of `npm ci`;
//   then `npm pack` runs there for real, the build in `prepack` included. The build writes that copy's
//   dist/, never the checkout's, which other test files are reading meanwhile.
// - `npm install` gets `--prefer-offline --no-audit --no-fund`: CI reaches only the npm registry and has
//   the packages in its cache; npm's cache is the machine's (HOME is a fresh directory, see below), and so
//   are its network settings (CA certificates, proxies, registry, user .npmrc: scripts/child-env.cjs), for a
//   cold cache (a fresh machine) sends npm to the registry.
// - the emulator gets `--port 0` (an option the README gives): 8787 may be taken on a shared machine.
// - the two `pulumi config set` lines are the ones the emulator printed, as the README says to paste.
// - `pulumi login --local` becomes `pulumi login file://<temp dir>`: the same file backend, but Pulumi
//   resolves `~` from the user database, not $HOME, so --local would write into the real ~/.pulumi; for
//   the same reason PULUMI_HOME is a temporary directory. The passphrase prompt is answered by
//   PULUMI_CONFIG_PASSPHRASE (the README names it), confirmations by `--yes`; the CLI downloads no
//   plugins and skips its update check (CI has no network beyond the npm registry).
// - `pulumi` is the CLI the set-up built, with the Node.js language host beside it when the machine has
//   one, else scripts/pulumi.mjs (test/support/pulumi-cli.ts says which ran).

const repo = resolve(__dirname, "../..");
const root = mkdtempSync(join(tmpdir(), "pulumi-anthropic-consumer-"));
let emulator: EmulatorCli | undefined;

afterAll(async () => {
  await emulator?.stop();
  rmSync(root, { recursive: true, force: true });
});


test("a project made from the README alone: tarball install, the emulator as documented, preview, up, refresh, destroy", { timeout: 600_000 }, async () => {
  const npmCache = execFileSync("npm", ["config", "get", "cache"], { encoding: "utf8", env: { ...process.env, PATH: toolPath() } }).trim();
  const home = join(root, "home");
  mkdirSync(home);
  const env: NodeJS.ProcessEnv = {
    ...machineNetworkEnv(), PATH: toolPath(), HOME: home, PULUMI_HOME: join(home, ".pulumi"), npm_config_cache: npmCache, NO_COLOR: "1",
    PULUMI_CONFIG_PASSPHRASE: "consumer-test", PULUMI_SKIP_UPDATE_CHECK: "true", PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
  };
  let cwd = root;
  const outputs = new Map<string, string>();

  const run = (command: string, args: string[], where = cwd) =>
    new Promise<string>((done, fail) => {
      const child = spawn(command, args, { cwd: where, env });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      child.on("error", fail);
      child.on("close", (code) => (code === 0 ? done(output) : fail(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output}`))));
    });
  const pulumi = (args: string[]) => {
    const [command, argv] = pulumiCommand(args);
    return run(command, argv);
  };

  const steps: string[] = [];
  async function step(line: string): Promise<void> {
    steps.push(line);
    const words = line.split(/\s+/);
    if (/^git clone \S.* pulumi-anthropic$/.test(line)) {
      const clone = join(cwd, "pulumi-anthropic");
      for (const part of ["package.json", "tsconfig.json", "README.md", "LICENSE", "provider", "emulator"]) {
        cpSync(join(repo, part), join(clone, part), { recursive: true });
      }
      symlinkSync(join(repo, "node_modules"), join(clone, "node_modules"));
      return;
    }
    if (line === "(cd pulumi-anthropic && npm ci && npm pack)") {
      await run("npm", ["pack"], join(cwd, "pulumi-anthropic"));
      return;
    }
    const mkdirCd = /^mkdir (\S+) && cd \1$/.exec(line);
    if (mkdirCd) {
      cwd = join(cwd, mkdirCd[1]!);
      mkdirSync(cwd);
      return;
    }
    if (words[0] === "npm" && words[1] === "install") {
      await run("npm", [...words.slice(1), "--prefer-offline", "--no-audit", "--no-fund"]);
      return;
    }
    if (words[0] === "npm") {
      await run("npm", words.slice(1));
      return;
    }
    if (line === "npx pulumi-anthropic-emulator") {
      emulator = await startEmulatorCli(cwd, ["--port", "0"], env);
      return;
    }
    if (line === "pulumi login --local") {
      mkdirSync(join(root, "state"));
      await pulumi(["login", `file://${join(root, "state")}`]);
      return;
    }
    if (words[0] === "pulumi" && words[1] === "config" && words[2] === "set") {
      const printed = emulator?.configCommands.find((c) => c.slice(0, -1).join(" ") === words.slice(1, -1).join(" "));
      if (!printed) throw new Error(`README step "${line}" is not one of the lines the emulator printed: ${emulator?.output()}`);
      await pulumi(printed);
      return;
    }
    if (words[0] === "pulumi") {
      const confirms = ["up", "refresh", "destroy"].includes(words[1]!);
      outputs.set(words.slice(1).join(" "), await pulumi([...words.slice(1), ...(confirms ? ["--yes"] : [])]));
      return;
    }
    throw new Error(`README step "${line}" is not one this test knows how to run: teach it, or change the README`);
  }

  for (const block of readmeSectionBlocks("Install").filter((b) => b.lang === "sh")) {
    for (const line of block.text.split("\n").map(commandOf).filter(Boolean)) await step(line);
  }
  for (const block of readmeSectionBlocks("Walkthrough")) {
    if (block.lang === "yaml") writeFileSync(join(cwd, "Pulumi.yaml"), block.text);
    else if (block.lang === "ts") writeFileSync(join(cwd, "index.ts"), block.text);
    else if (block.lang === "sh") {
      for (const line of block.text.split("\n").map(commandOf).filter(Boolean)) await step(line);
    }
  }

  // Every step the README gives ran, in this order; a missing one would be a README that lost a step.
  expect(steps.filter((s) => s.startsWith("pulumi ")).map((s) => s.split(" ").slice(0, 3).join(" "))).toEqual([
    "pulumi login --local", "pulumi stack init", "pulumi config set", "pulumi config set",
    "pulumi preview", "pulumi up", "pulumi stack output", "pulumi refresh", "pulumi destroy",
  ]);
  expect(steps).toContain("npx pulumi-anthropic-emulator");

  // The package came from the tarball, as a copy, recorded as npm records a tarball dependency.
  const project = cwd;
  const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as { type?: string; dependencies: Record<string, string> };
  expect(manifest.type).toBe("commonjs");
  expect(manifest.dependencies["pulumi-anthropic"]).toMatch(/^file:\.\.\/pulumi-anthropic\/pulumi-anthropic-\d+\.\d+\.\d+\.tgz$/);
  expect(lstatSync(join(project, "node_modules", "pulumi-anthropic")).isSymbolicLink()).toBe(false);

  expect(outputs.get("preview")).toMatch(/\+ 6 to create/);
  expect(outputs.get("up")).toMatch(/\+ 6 created/);
  const key = outputs.get("stack output portalKey --show-secrets")!.trim();
  expect(key).toMatch(/^sk-ant-api03-/);
  expect(outputs.get("up")).not.toContain(key);
  expect(outputs.get("refresh")).toMatch(/6 unchanged/);
  expect(outputs.get("destroy")).toMatch(/- 6 deleted/);

  const state = await new EmulatorControl(emulator!.url).state();
  const production = state.workspaces.filter((w) => w.name === "Production");
  expect(production).toHaveLength(1);
  expect(production[0]!.archived_at).toBeTruthy();
  expect(state.apiKeys.filter((k) => k.status === "active")).toEqual([]);
  expect(state.invites.filter((i) => i.status === "pending")).toEqual([]);
});
