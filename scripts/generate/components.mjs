// The components' part of what `npm run generate` writes: each component's resource in the package
// schema (`isComponent: true`), from its declaration (provider/components/<name>-declaration.ts, built
// into dist/): its arguments as inputProperties, its outputs as properties (secret ones marked).
import { createRequire } from "node:module";
import { described, typeSpec } from "./pulumi-types.mjs";
import { fieldsOf } from "./shape.mjs";

const require = createRequire(import.meta.url);
const dist = new URL("../../dist/provider/components/", import.meta.url).pathname;
const TOKEN = "anthropic:index:";

function declarations() {
  return [require(`${dist}developer-access-declaration.js`).developerAccessDeclaration];
}

/** The zod object under a schema's refinements and transforms. */
function objectOf(schema) {
  while (schema._zod.def.type === "pipe") schema = schema._zod.def.in;
  if (schema._zod.def.type !== "object") throw new Error("a component's args and outputs must be zod objects");
  return schema;
}

function propertiesOf(fields, place, types) {
  return Object.fromEntries(
    fields.map((field) => {
      if (!field.meta.description) throw new Error(`${place}.${field.name}: give it a description (.meta({ description }))`);
      const spec = described(typeSpec(field.shape, place + field.name.charAt(0).toUpperCase() + field.name.slice(1), types), field.meta.description);
      return [field.name, field.meta.secret ? { ...spec, secret: true } : spec];
    }),
  );
}

function componentSpec(declaration, types) {
  const args = fieldsOf(objectOf(declaration.args));
  const outputs = fieldsOf(objectOf(declaration.outputs));
  return {
    isComponent: true,
    description: declaration.description,
    inputProperties: propertiesOf(args, `${declaration.name}Args`, types),
    requiredInputs: args.filter((field) => !field.optional).map((field) => field.name),
    properties: propertiesOf(outputs, declaration.name, types),
    required: outputs.filter((field) => !field.optional).map((field) => field.name),
  };
}

export function componentsPart() {
  const types = {};
  const resources = Object.fromEntries(declarations().map((declaration) => [TOKEN + declaration.name, componentSpec(declaration, types)]));
  return { schema: { resources, types }, files: [] };
}
