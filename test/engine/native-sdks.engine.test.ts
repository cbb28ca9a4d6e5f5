import { describe, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generatedSdks } from "../support/native";

// The SDKs `npm run sdk` generates from schema.json (scripts/gen-sdk.mjs), checked as far as this
// machine allows: Node.js built and loaded, Go built, Python byte-compiled, .NET generated only (no
// .NET SDK here). The engine tests run programs on the Node.js, Go and YAML paths.
const schema = JSON.parse(readFileSync(resolve(__dirname, "../../schema.json"), "utf8"));
const kinds = Object.keys(schema.resources).map((token) => token.split(":")[2]!);
const functions = Object.keys(schema.functions ?? {}).map((token) => token.split(":")[2]!);
/** Resources with outputs the schema marks secret, and those outputs. */
const secretOutputs = Object.entries(schema.resources as Record<string, { properties: Record<string, { secret?: boolean }> }>)
  .map(([token, spec]) => [token.split(":")[2]!, Object.keys(spec.properties).filter((name) => spec.properties[name]!.secret)] as const)
  .filter(([, names]) => names.length > 0);
/** The class a kind's SDK type extends: DeveloperAccess is a component, the rest are custom resources. */
const base = (kind: string) => (schema.resources[`anthropic:index:${kind}`].isComponent ? "ComponentResource" : "CustomResource");
const snake = (name: string) => name.replace(/[A-Z]/g, (c, i: number) => (i ? "_" : "") + c.toLowerCase());

describe("the generated SDKs", { timeout: 900_000 }, () => {
  const sdks = generatedSdks();

  test("Node.js (pulumi package gen-sdk, built): every kind, the Provider and every function, secret outputs marked", () => {
    const sdk = require(join(sdks, "nodejs/bin"));
    for (const name of ["Provider", ...kinds, ...functions]) expect([name, typeof sdk[name]]).toEqual([name, "function"]);
    expect(secretOutputs.map(([kind]) => kind)).toContain("ApiKey");
    for (const [kind, names] of secretOutputs) {
      const source = readFileSync(join(sdks, "nodejs", `${kind[0]!.toLowerCase()}${kind.slice(1)}.ts`), "utf8");
      const marked = /additionalSecretOutputs: \[([^\]]*)\]/.exec(source)?.[1] ?? "";
      expect([kind, names.filter((name) => !marked.includes(`"${name}"`))]).toEqual([kind, []]);
    }
  });

  test("Go: the package builds against the CLI's sdk/v3, one constructor per kind", () => {
    execFileSync("nice", ["-n", "10", "go", "build", "./..."], { cwd: join(sdks, "go"), env: { ...process.env, GOFLAGS: "-mod=mod", GOTOOLCHAIN: "local" }, stdio: "pipe" });
    const dir = join(sdks, "go/anthropic");
    for (const kind of kinds) expect(readFileSync(join(dir, `${kind[0]!.toLowerCase()}${kind.slice(1)}.go`), "utf8")).toContain(`func New${kind}(ctx *pulumi.Context,`);
  });

  test("Python: the package byte-compiles, one class per kind", () => {
    const dir = join(sdks, "python/pulumi_anthropic");
    execFileSync("python3", ["-m", "compileall", "-q", dir], { stdio: "pipe" });
    for (const kind of kinds) expect(readFileSync(join(dir, `${snake(kind)}.py`), "utf8")).toContain(`class ${kind}(pulumi.${base(kind)}):`);
  });

  test(".NET: generated (pkg/v3 v3.228.0's generator), one class per kind; not compiled, no .NET SDK here", () => {
    const dir = join(sdks, "dotnet");
    expect(existsSync(join(dir, `${schema.language.csharp.rootNamespace}.Anthropic.csproj`))).toBe(true);
    for (const kind of kinds) expect(readFileSync(join(dir, `${kind}.cs`), "utf8")).toContain(`public partial class ${kind} : global::Pulumi.${base(kind)}`);
  });
});
