/**
 * Imported for its effect, first, by the entry points of the provider's own processes (the dynamic
 * provider's dynamic/implementation.ts and the plugin's native/main.ts), never by a program's.
 *
 * zod's CommonJS entry loads every translation of its validation messages (`v4/locales/index.cjs`
 * requires 60-odd files) although this package reports in English only: about 10 ms of the 60 ms a
 * provider may spend from its first call to its first request, in every `pulumi` command. So before zod
 * loads, that index is put into Node's module cache (`require.cache`, which Node documents as writable)
 * as an object with the index's own names, each a getter that loads its one file on first read: zod
 * finds every translation where it always did (`z.locales.fr()` works), and loads the English one it
 * configures by default from its own file, as it always does.
 *
 * Nothing is done unless the installed zod is laid out as expected: the index is read as text and its
 * `require("./x.cjs")` / export-name pairs are taken from it; an index it cannot read so, or that is loaded
 * already, is left alone. An ESM import of zod has its own module graph and is untouched.
 * test/unit/lazy-zod-locales.test.ts holds the installed zod to it.
 */
import { readFileSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { dirname, join } from "node:path";

/** `var ar_js_1 = require("./ar.cjs");` then `Object.defineProperty(exports, "ar", ...ar_js_1...)`. */
const ENTRY = /var (\w+) = require\("\.\/([\w-]+\.cjs)"\);\s*Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return __importDefault\(\1\)\.default; \} \}\);/g;

/** The translations `index` (the text of zod's locales index) exports: name -> file. Empty when its form is not the expected one. */
export function localeEntries(index: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [, , file, name] of index.matchAll(ENTRY)) entries.set(name!, file!);
  // Every require of the index must be one of the pairs read, or it does something this does not.
  const requires = index.match(/require\(/g)?.length ?? 0;
  return requires === entries.size ? entries : new Map();
}

/** Puts the lazy index in place; true when it did. */
export function deferZodLocales(): boolean {
  try {
    const load = createRequire(__filename);
    const index = join(dirname(load.resolve("zod/v4/locales/en.cjs")), "index.cjs");
    if (load.cache[index]) return false;
    const entries = localeEntries(readFileSync(index, "utf8"));
    if (entries.size === 0) return false;
    const translations: Record<string, unknown> = {};
    Object.defineProperty(translations, "__esModule", { value: true });
    for (const [name, file] of entries) {
      const path = join(dirname(index), file);
      Object.defineProperty(translations, name, {
        enumerable: true,
        get: () => {
          const loaded = load(path) as { __esModule?: boolean; default?: unknown };
          return loaded?.__esModule ? loaded.default : loaded;
        },
      });
    }
    const entry = new Module(index);
    entry.filename = index;
    entry.exports = translations;
    entry.loaded = true;
    load.cache[index] = entry;
    return true;
  } catch {
    return false;
  }
}

deferZodLocales();
