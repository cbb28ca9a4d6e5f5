import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { expect, test } from "vitest";
import { localeEntries } from "../../provider/base/lazy-zod-locales";

// The provider's processes defer zod's translations (provider/base/lazy-zod-locales.ts): zod's locales
// index is replaced in Node's module cache by one that loads each translation when first read. These hold
// the installed zod to the form that module reads, and show that zod behaves as before: every translation
// is there under its own name, English by default, another one on request. Fresh Node processes load the
// built package by name, as the provider host does.
const repo = resolve(__dirname, "../..");
const localesDir = dirname(require.resolve("zod/v4/locales/en.cjs"));

function inFreshProcess(script: string): unknown {
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: repo, encoding: "utf8", timeout: 20_000 }).trim());
}

const zodFiles = `Object.keys(require.cache).filter((id) => id.includes("/node_modules/zod/")).map((id) => id.replace(/.*\\/node_modules\\/zod\\//, ""))`;

test("the installed zod's locales index has the form the provider reads: every translation it requires, by its name", () => {
  const index = readFileSync(join(localesDir, "index.cjs"), "utf8");
  const entries = localeEntries(index);
  expect(entries.size).toBeGreaterThan(40);
  expect(entries.get("en")).toBe("en.cjs");
  expect(entries.get("frCA")).toBe("fr-CA.cjs");
  // A form it does not know is left alone: nothing is read from an index with an extra require.
  expect(localeEntries(`${index}\nrequire("./something-else.cjs");`).size).toBe(0);
});

test("in the provider's process zod loads English only, and every other translation when it is read", () => {
  const seen = inFreshProcess(`
    require("pulumi-anthropic/internal/dynamic");
    const z = require("zod");
    const afterLoad = ${zodFiles}.filter((f) => f.startsWith("v4/locales/"));
    const english = z.string().safeParse(1).error.issues[0].message;
    z.config(z.locales.fr());
    const french = z.string().safeParse(1).error.issues[0].message;
    z.config(z.locales.en());
    const afterFrench = ${zodFiles}.filter((f) => f.startsWith("v4/locales/"));
    console.log(JSON.stringify({ afterLoad, english, french, afterFrench, names: Object.keys(z.locales).sort() }));
  `) as { afterLoad: string[]; english: string; french: string; afterFrench: string[]; names: string[] };
  expect(seen.afterLoad.sort()).toEqual(["v4/locales/en.cjs", "v4/locales/index.cjs"]);
  expect(seen.english).toBe("Invalid input: expected string, received number");
  expect(seen.french).toMatch(/^Entrée invalide/);
  expect(seen.afterFrench.sort()).toEqual(["v4/locales/en.cjs", "v4/locales/fr.cjs", "v4/locales/index.cjs"]);
  // The same names as zod's own index exports, loaded as zod ships it.
  const shipped = inFreshProcess(`console.log(JSON.stringify(Object.keys(require("zod").locales).sort()))`);
  expect(seen.names).toEqual(shipped);
});

test("a program's process loads zod as zod ships it", () => {
  const files = inFreshProcess(`require("pulumi-anthropic"); require("zod"); console.log(JSON.stringify(${zodFiles}))`) as string[];
  expect(files.filter((f) => f.startsWith("v4/locales/")).length).toBeGreaterThan(40);
});
