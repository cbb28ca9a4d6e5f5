// The resource kinds' declarations (provider/resources/<kind>/schema.ts, read from the build in dist/),
// each as fields with their declared metadata, and the words the generated docs use for them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fieldsOf } from "./shape.mjs";

const require = createRequire(import.meta.url);
const dist = new URL("../../dist/provider/", import.meta.url).pathname;

/** Every kind's declaration, in the order of the kind list, with the doc comment of its class. */
export function declarations() {
  const { kindModules } = require(`${dist}dynamic/shim.js`);
  return Object.entries(kindModules).map(([kind, module]) => {
    const { declaration } = require(`${dist}resources/${module}/schema.js`);
    if (!declaration) throw new Error(`provider/resources/${module}/schema.ts exports no declaration (declareKind)`);
    return { kind, module, declaration, description: classDoc(module, kind) };
  });
}

/** The doc comment of the kind's Resource class (in the built typings), as one line of text. */
function classDoc(module, kind) {
  const typings = readFileSync(`${dist}resources/${module}/index.d.ts`, "utf8");
  const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export declare class ${kind} `).exec(typings);
  if (!doc) throw new Error(`provider/resources/${module}/index.ts: the ${kind} class has no doc comment`);
  return doc[1].split("\n").map((line) => line.replace(/^\s*\*?\s?/, "").trim()).filter(Boolean).join(" ");
}

/** A kind's inputs (with `organization`) and outputs as fields, each with its declared metadata. */
export function fieldsOfKind(declaration) {
  const { organizationInput } = require(`${dist}resources/declare.js`);
  const inputs = [
    ...fieldsOf(declaration.inputs),
    ...(declaration.checkedApart ? fieldsOf(declaration.checkedApart) : []),
  ];
  for (const field of inputs) {
    if (!field.meta.description || !field.meta.change) throw new Error(`${declaration.kind}.${field.name}: declare it with input() (a description and a change)`);
  }
  inputs.push({ name: "organization", shape: { type: "string" }, optional: true, meta: organizationInput });
  const outputs = fieldsOf(declaration.outputs);
  for (const field of outputs) {
    if (!field.meta.output) throw new Error(`${declaration.kind} output ${field.name}: declare it with output()`);
  }
  return { inputs, outputs };
}

/** Whether the program may leave an argument out: the check allows it, or the class fills it in. */
export const optionalArgument = (field) => field.optional || field.meta.defaultsToLogicalName === true;

export function defaultWords(meta) {
  return meta.defaultsToLogicalName ? "Defaults to the resource's logical name." : undefined;
}

/** What a change of an input does, in words. */
export function changeWords(meta) {
  if (meta.planDecides) return undefined;
  return meta.change === "replace" ? "Changing it replaces the resource." : "Updated in place.";
}
