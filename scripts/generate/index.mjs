// `npm run generate`: writes the files derived from the declarations (run `npm run build` first: it
// reads the built dist/). Each part returns `{ schema, files }`: sections of the package schema
// (merged section by section into schema.json) and files, each whole (`{ path, content }`) or a region
// of one between marker comments (`{ path, region, content }`: `<!-- generated: <region> -->` ...
// `<!-- /generated -->`). test/unit/generated.test.ts runs `generated()` and compares.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { componentsPart } from "./components.mjs";
import { functionsPart } from "./functions.mjs";
import { providerConfigPart } from "./provider-config.mjs";
import { resourcesPart } from "./resources.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** Every generated file, path -> content, as it should be checked in. */
export function generated() {
  const parts = [providerConfigPart(), resourcesPart(), componentsPart(), functionsPart()];
  const schema = {};
  for (const part of parts) {
    for (const [section, value] of Object.entries(part.schema)) {
      schema[section] = value !== null && typeof value === "object" && !Array.isArray(value) ? { ...schema[section], ...value } : value;
    }
  }
  const files = new Map([["schema.json", `${JSON.stringify(schema, null, 2)}\n`]]);
  for (const file of parts.flatMap((part) => part.files)) {
    if (file.region === undefined) files.set(file.path, file.content);
    else files.set(file.path, withRegion(files.get(file.path) ?? readFileSync(root + file.path, "utf8"), file));
  }
  return files;
}

/** `text` with the region's content replaced; a region the file does not mark is an error. */
function withRegion(text, { path, region, content }) {
  const start = `<!-- generated: ${region} -->\n`;
  const end = "<!-- /generated -->";
  const from = text.indexOf(start);
  const to = from === -1 ? -1 : text.indexOf(end, from);
  if (to === -1) throw new Error(`${path} has no region "${start.trim()}" ... "${end}" to write into`);
  return text.slice(0, from + start.length) + content + "\n" + text.slice(to);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, content] of generated()) writeFileSync(root + path, content);
}
