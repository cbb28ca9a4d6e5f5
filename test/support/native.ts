import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { toolPath } from "./pulumi-cli";

// What the native provider's engine tests need besides the CLI, each built once and cached: the plugin
// folder, its tarball, the generated SDKs and the YAML language host.

const repo = resolve(__dirname, "../..");

/** The folder a `packages:` or `plugins: providers:` entry names: it holds the launcher pulumi-resource-anthropic. */
export const nativePluginDir = join(repo, "bin");

/** The package version, which the schema, the tarball and the generated SDKs carry. */
export const packageVersion: string = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).version;

/** Whether the Node.js language host sits beside the CLI (scripts/env.sh puts it there where the machine has a build of it). */
export function nodejsHostBesideCli(): boolean {
  return existsSync(join(toolPath().split(":")[0]!, "pulumi-language-nodejs"));
}

/** Puts the YAML language host beside the CLI, building it on first use (scripts/setup-go-tool.sh). */
export function useYamlHost(): void {
  setUp("setup-go-tool.sh", ["yaml-host"]);
}

/** The plugin tarball `npm run pack:plugin` writes, written again when the build or the schema is newer. */
export function pluginTarball(): string {
  const tarball = join(repo, `pulumi-resource-anthropic-v${packageVersion}.tgz`);
  const inputs = [join(repo, "dist/provider/native/main.js"), join(repo, "schema.json"), join(repo, "bin/pulumi-resource-anthropic")];
  const stale = !existsSync(tarball) || inputs.some((file) => statSync(file).mtimeMs > statSync(tarball).mtimeMs);
  if (stale) execFileSync(process.execPath, [join(repo, "scripts/pack-plugin.mjs")], { stdio: "pipe" });
  return tarball;
}

/**
 * The SDKs generated from the current schema.json (scripts/gen-sdk.mjs), under .tools/sdks/<digest of
 * the schema and the generators>: generated once, then shared by every test and run until either changes.
 */
export function generatedSdks(): string {
  const digest = createHash("sha256");
  const inputs = [join(repo, "schema.json"), join(repo, "scripts/gen-sdk.mjs"), ...goSources(join(repo, "tools/sdkgen")), ...goSources(join(repo, "tools/sdkgen-dotnet"))];
  for (const file of inputs) digest.update(relative(repo, file)).update(readFileSync(file));
  const out = join(repo, ".tools/sdks", digest.digest("hex").slice(0, 16));
  if (existsSync(out)) return out;
  // Written aside and renamed into place: a test file running in parallel never sees half an SDK.
  const partial = `${out}.${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  execFileSync(process.execPath, [join(repo, "scripts/gen-sdk.mjs"), "--out", partial], { stdio: "pipe" });
  try {
    renameSync(partial, out);
  } catch (error) {
    if (!existsSync(out)) throw error;
    rmSync(partial, { recursive: true, force: true });
  }
  return out;
}

/** Installs the generated Node.js SDK into a project as `npm install <sdk>/nodejs/bin` would (a copy: a link breaks @pulumi/pulumi's resolution). */
export function installNodejsSdk(projectDir: string): string {
  const bin = join(generatedSdks(), "nodejs/bin");
  const name: string = JSON.parse(readFileSync(join(bin, "package.json"), "utf8")).name;
  const target = join(projectDir, "node_modules", name);
  rmSync(target, { recursive: true, force: true });
  cpSync(bin, target, { recursive: true });
  return name;
}

/**
 * The Automation API program in `source` (a Go module whose go.mod replaces the SDK's module with
 * ./sdk), built against the generated Go SDK: once per program and SDK, under .tools/go-programs.
 */
export function goProgram(source: string): string {
  const sdk = join(generatedSdks(), "go");
  const digest = createHash("sha256").update(sdk);
  for (const file of goSources(source)) digest.update(relative(source, file)).update(readFileSync(file));
  const binary = join(repo, ".tools/go-programs", digest.digest("hex").slice(0, 16), "program");
  if (existsSync(binary)) return binary;
  mkdirSync(dirname(binary), { recursive: true });
  const build = mkdtempSync(join(tmpdir(), "pulumi-anthropic-go-"));
  try {
    cpSync(source, build, { recursive: true });
    symlinkSync(sdk, join(build, "sdk"));
    const env = { ...process.env, GOFLAGS: "-mod=mod", GOTOOLCHAIN: "local" };
    execFileSync("nice", ["-n", "10", "go", "build", "-o", `${binary}.${process.pid}`, "."], { cwd: build, env, stdio: "pipe" });
    renameSync(`${binary}.${process.pid}`, binary);
  } finally {
    rmSync(build, { recursive: true, force: true });
  }
  return binary;
}

function goSources(dir: string): string[] {
  return readdirSync(dir).filter((file) => /\.go$|^go\.(mod|sum)$/.test(file)).map((file) => join(dir, file));
}

function setUp(script: string, args: string[]): string {
  return execFileSync("bash", [join(repo, "scripts", script), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
}
