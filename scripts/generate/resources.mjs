// The resource kinds' part of what `npm run generate` writes, from each kind's declaration
// (provider/resources/<kind>/schema.ts, built into dist/): its typings (generated.ts), the package
// schema's resources and types, SECRET_INPUTS and the README's field tables.
import { declarations } from "./kinds.mjs";
import { readmeTable } from "./readme-tables.mjs";
import { resourceSpec } from "./resource-schema.mjs";
import { secretInputsFile, typingsOf } from "./resource-typings.mjs";

const TOKEN = "anthropic:index:";

export function resourcesPart() {
  const kinds = declarations();
  const types = {};
  const resources = Object.fromEntries(kinds.map((entry) => [TOKEN + entry.kind, resourceSpec(entry, types)]));
  const files = [
    ...kinds.map((entry) => ({ path: `provider/resources/${entry.module}/generated.ts`, content: typingsOf(entry) })),
    { path: "provider/resources/secret-inputs.ts", content: secretInputsFile(kinds) },
    ...kinds.map((entry) => ({ path: "README.md", region: `resource ${entry.kind}`, content: readmeTable(entry) })),
  ];
  return { schema: { resources, types }, files };
}
