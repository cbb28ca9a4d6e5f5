import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { buildIfStale } from "./typings/build";

// The package's typings as a user's project sees them: the tarball `npm pack` makes, installed into a
// project of its own, compiled with `strict` and without `skipLibCheck` under each module resolution a
// Pulumi program may use. typings/consumer.ts uses the whole public surface; typings/refused.ts holds
// roles the API refuses, each of which must be a compile error on its own line; typings/emulator-consumer.ts
// imports `pulumi-anthropic/emulator`, compiled on its own (the emulator's typings may reach zod).

const repo = join(__dirname, "../..");
const run = promisify(execFile);

/** One consumer tsconfig per module resolution; TypeScript 6 compiles `node` (node10) only on request. */
const settings = {
  nodenext: { module: "nodenext", moduleResolution: "nodenext" },
  node16: { module: "node16", moduleResolution: "node16" },
  bundler: { module: "preserve", moduleResolution: "bundler" },
  node: { module: "commonjs", moduleResolution: "node", ignoreDeprecations: "6.0" },
} as const;
type Setting = keyof typeof settings;

interface Diagnostic {
  file: string;
  line: number;
  code: string;
  message: string;
}

let project: string;
/** The lines of refused.ts that must fail: the line after each `@ts-expect-error`. */
const refusedLines: number[] = [];
interface Compiled {
  diagnostics: Diagnostic[];
  files: string[];
  output: string;
}
const results = {} as Record<Setting, Compiled>;
const emulatorResults = {} as Record<Setting, Compiled>;

beforeAll(async () => {
  buildIfStale();
  // Its real path: tsc lists files by it (a temp dir may be a link, as on macOS).
  project = realpathSync(mkdtempSync(join(tmpdir(), "pulumi-anthropic-typings-")));
  const modules = join(project, "node_modules");
  const installed = join(modules, "pulumi-anthropic");
  mkdirSync(installed, { recursive: true });

  // The package as published: npm's own tarball (from the build; `prepack` builds when run by hand).
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", project], { cwd: repo, encoding: "utf8" }),
  ) as Array<{ filename: string }>;
  execFileSync("tar", ["-xzf", join(project, packed!.filename), "-C", installed, "--strip-components=1"]);

  // Its dependencies and peers, and the project's TypeScript and Node types: the repository's installed
  // copies, linked (no registry needed). TypeScript resolves links to their real path, so the program
  // and the package share one @pulumi/pulumi, as npm's flat install gives a user.
  const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  const links = [...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }), "typescript", "@types/node"];
  for (const name of links) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(repo, "node_modules", name), join(modules, name), "dir");
  }

  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "commonjs" }));
  writeFileSync(join(project, "consumer.ts"), readFileSync(join(__dirname, "typings/consumer.ts")));
  const refused = readFileSync(join(__dirname, "typings/refused.ts"), "utf8").split("\n");
  refused.forEach((text, index) => {
    if (!/^\s*\/\/ @ts-expect-error/.test(text)) return;
    refusedLines.push(index + 2);
    refused[index] = text.replace("@ts-expect-error", "error expected on the next line:");
  });
  writeFileSync(join(project, "refused.ts"), refused.join("\n"));
  writeFileSync(join(project, "emulator-consumer.ts"), readFileSync(join(__dirname, "typings/emulator-consumer.ts")));

  const tsc = join(modules, "typescript/bin/tsc");
  const compile = async (setting: Setting, name: string, files: string[]): Promise<Compiled> => {
    const compilerOptions = { ...settings[setting], strict: true, noEmit: true, skipLibCheck: false, target: "es2022", types: ["node"] };
    writeFileSync(join(project, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions, files }));
    // Fails by design (refused.ts): the diagnostics are the result.
    const { stdout } = await run(process.execPath, [tsc, "-p", `tsconfig.${name}.json`, "--pretty", "false", "--listFiles"], {
      cwd: project,
      maxBuffer: 64 * 1024 * 1024,
    }).catch((err: { stdout: string }) => ({ stdout: err.stdout }));
    const lines = stdout.split("\n");
    const diagnostics = lines.flatMap((text): Diagnostic[] => {
      const match = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(text);
      return match ? [{ file: match[1]!, line: Number(match[2]), code: match[3]!, message: match[4]! }] : [];
    });
    return { diagnostics, files: lines.filter((text) => text.startsWith("/")), output: stdout };
  };
  await Promise.all(
    (Object.keys(settings) as Setting[]).map(async (setting) => {
      results[setting] = await compile(setting, setting, ["consumer.ts", "refused.ts"]);
      emulatorResults[setting] = await compile(setting, `${setting}.emulator`, ["emulator-consumer.ts"]);
    }),
  );
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe.each(Object.keys(settings) as Setting[])("the packed package under moduleResolution %s, strict, without skipLibCheck", (setting) => {
  test("a program using the whole public surface compiles, with nothing wrong in any declaration file", () => {
    const { diagnostics, output } = results[setting];
    // Errors only in refused.ts: none in the program, the package's .d.ts, @pulumi/pulumi's or Node's.
    const elsewhere = diagnostics.filter((d) => d.file !== "refused.ts");
    expect(elsewhere, output).toEqual([]);
    // Anything tsc could not place (a bad tsconfig, an unresolved type library) fails too.
    expect(output.split("\n").filter((text) => /^error TS/.test(text))).toEqual([]);
  });

  test("the program compiled the tarball's declarations, which reach no zod types", () => {
    const { files } = results[setting];
    expect(files).toContain(join(project, "node_modules/pulumi-anthropic/dist/provider/index.d.ts"));
    expect(files.filter((file) => file.includes("/node_modules/zod/"))).toEqual([]);
  });

  test("a program importing pulumi-anthropic/emulator compiles against the tarball's emulator declarations", () => {
    const { diagnostics, files, output } = emulatorResults[setting];
    expect(diagnostics, output).toEqual([]);
    expect(output.split("\n").filter((text) => /^error TS/.test(text))).toEqual([]);
    expect(files).toContain(join(project, "node_modules/pulumi-anthropic/dist/emulator/index.d.ts"));
  });

  test("role: 42 and role: \"admin\" do not compile, each where it is written", () => {
    const refused = results[setting].diagnostics.filter((d) => d.file === "refused.ts");
    expect(refusedLines).toHaveLength(7);
    expect([...new Set(refused.map((d) => d.line))].sort((a, b) => a - b)).toEqual(refusedLines);
    expect(refused.every((d) => d.code === "TS2322"), JSON.stringify(refused)).toBe(true);
  });
});
