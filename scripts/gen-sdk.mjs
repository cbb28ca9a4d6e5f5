#!/usr/bin/env node
// `npm run sdk -- [--out <dir>] [nodejs] [go] [python] [dotnet]`: the anthropic package's SDKs, generated
// from schema.json (all four languages unless some are named; into sdk/ unless --out says otherwise):
//
//   nodejs  `pulumi package gen-sdk schema.json --language nodejs`, then built with the repository's
//           TypeScript: <out>/nodejs/bin is the package to `npm install`
//   go      tools/sdkgen (pkg/v3's Go generator), with a go.mod on the CLI's sdk/v3, tidied
//   python  tools/sdkgen (pkg/v3's Python generator)
//   dotnet  tools/sdkgen-dotnet (pkg/v3 v3.228.0's .NET generator); not compiled here (no .NET SDK)
//
// The CLI's gen-sdk needs a language host for Go, Python and .NET, and the Go module proxy serves none:
// the generators are the ones those hosts run. Go is needed for all but nodejs.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const LANGUAGES = ["nodejs", "go", "python", "dotnet"];

/** Writes the SDKs of `languages` under `out` (`out/<language>`), replacing what was there. */
export function generateSdks(out, languages = LANGUAGES) {
  const schemaFile = join(repo, "schema.json");
  const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
  mkdirSync(out, { recursive: true });
  for (const language of languages) {
    if (!LANGUAGES.includes(language)) throw new Error(`gen-sdk: unknown language '${language}' (${LANGUAGES.join(", ")})`);
    rmSync(join(out, language), { recursive: true, force: true });
    if (language === "nodejs") nodejsSdk(schemaFile, schema, out);
    if (language === "go") goSdk(schemaFile, schema, out);
    if (language === "python") run(tool("sdkgen"), [schemaFile, out, "python"]);
    if (language === "dotnet") run(tool("sdkgen-dotnet"), [schemaFile, out]);
  }
}

function nodejsSdk(schemaFile, schema, out) {
  run(setUp("setup-pulumi.sh", []) + "/pulumi", ["package", "gen-sdk", schemaFile, "--language", "nodejs", "--out", out]);
  const dir = join(out, "nodejs");
  const manifestFile = join(dir, "package.json");
  writeFileSync(manifestFile, readFileSync(manifestFile, "utf8").replaceAll("${VERSION}", schema.version));
  // Built offline against the repository's @pulumi/pulumi, @types/node and TypeScript.
  const modules = join(dir, "node_modules");
  symlinkSync(join(repo, "node_modules"), modules);
  try {
    run(process.execPath, [join(repo, "node_modules/typescript/bin/tsc"), "-p", dir]);
  } finally {
    rmSync(modules);
  }
  for (const file of ["package.json", "README.md"]) cpSync(join(dir, file), join(dir, "bin", file));
}

function goSdk(schemaFile, schema, out) {
  run(tool("sdkgen"), [schemaFile, out, "go"]);
  const dir = join(out, "go");
  const importBasePath = schema.language?.go?.importBasePath;
  if (!importBasePath) throw new Error("gen-sdk: schema.json has no language.go.importBasePath");
  // The module holds the package folder; it builds against the sdk/v3 the CLI was built from.
  const pulumiVersion = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).config.pulumiVersion;
  writeFileSync(join(dir, "go.mod"), `module ${dirname(importBasePath)}\n\ngo 1.25\n\nrequire github.com/pulumi/pulumi/sdk/v3 v${pulumiVersion}\n`);
  run("go", ["mod", "tidy"], { cwd: dir, env: { ...process.env, GOFLAGS: "-mod=mod", GOTOOLCHAIN: "local" } });
}

function tool(name) {
  return join(setUp("setup-go-tool.sh", [name]), name);
}

/** Runs one of the set-up scripts, which build what is missing and print the folder of what they built. */
function setUp(script, args) {
  return execFileSync("bash", [join(repo, "scripts", script), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
}

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"], ...options });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--out");
  const out = resolve(at >= 0 ? args.splice(at, 2)[1] : join(repo, "sdk"));
  try {
    generateSdks(out, args.length > 0 ? args : LANGUAGES);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  console.log(`SDKs in ${out}`);
}
