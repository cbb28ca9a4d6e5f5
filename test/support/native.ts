import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

// What the native provider's engine tests need besides the CLI, each built once and cached: the plugin
// folder, its tarball, the generated SDKs and the YAML language host.

const repo = resolve(__dirname, "../..");

/** The folder a `packages:` or `plugins: providers:` entry names: it holds the launcher pulumi-resource-anthropic. */
export const nativePluginDir = join(repo, "bin");

/** The package version, which the schema, the tarball and the generated SDKs carry. */
export const packageVersion: string = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).version;

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
  for (const file of ["schema.json", "scripts/gen-sdk.mjs", ...goSources("tools/sdkgen"), ...goSources("tools/sdkgen-dotnet")]) {
    digest.update(file).update(readFileSync(join(repo, file)));
  }
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

function goSources(dir: string): string[] {
  return readdirSync(join(repo, dir)).filter((file) => /\.go$|^go\.(mod|sum)$/.test(file)).map((file) => join(dir, file));
}

function setUp(script: string, args: string[]): string {
  return execFileSync("bash", [join(repo, "scripts", script), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
}
