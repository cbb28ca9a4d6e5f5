// A kind's resource in the package schema (schema.json), from its declaration.
import { fieldsOfKind, optionalArgument } from "./kinds.mjs";
import { described, typeSpec } from "./pulumi-types.mjs";

/** The kind's resource in the package schema, adding the types its objects need to `types`. */
export function resourceSpec({ kind, declaration, description }, types) {
  const { inputs, outputs } = fieldsOfKind(declaration);
  const property = (field) => {
    const spec = described(typeSpec(field.shape, kind + field.name.charAt(0).toUpperCase() + field.name.slice(1), types), field.meta.description);
    if (field.meta.secret) spec.secret = true;
    if (field.meta.change === "replace" && !field.meta.planDecides) spec.replaceOnChanges = true;
    return spec;
  };
  const inputProperties = Object.fromEntries(inputs.map((field) => [field.name, property(field)]));
  const properties = { ...inputProperties };
  // An output that is also an input keeps what the input declares: what replaces, what is secret.
  for (const field of outputs) {
    const asInput = inputProperties[field.name] ?? {};
    properties[field.name] = {
      ...property(field),
      ...(asInput.replaceOnChanges ? { replaceOnChanges: true } : {}),
      ...(asInput.secret ? { secret: true } : {}),
    };
  }
  const requiredInputs = inputs.filter((field) => !optionalArgument(field)).map((field) => field.name);
  // Always there: what the check requires, and outputs that are never unset or null.
  const required = [...new Set([...requiredInputs, ...outputs.filter((f) => !f.optional && !f.shape.nullable).map((f) => f.name)])];
  return {
    description,
    inputProperties,
    requiredInputs,
    properties,
    required,
    stateInputs: { description: `What a ${kind} records, for reading one with \`get\`.`, type: "object", properties },
  };
}
