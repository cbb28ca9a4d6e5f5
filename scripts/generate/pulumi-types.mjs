// Shapes (shape.mjs) as Pulumi package schema type specs. Objects become named types in `types`
// (a property cannot hold an object inline): their name is the shape's typeName, or the kind and the
// field it sits in (`WorkspaceSpendLimit`).

const TOKEN = "anthropic:index:";
const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1).replace(/[^A-Za-z0-9]+(.)/g, (_m, c) => c.toUpperCase());

/** The type spec of a shape at `place` (a name to derive object types' names from); object types land in `types`. */
export function typeSpec(shape, place, types) {
  const name = shape.typeName ?? place;
  switch (shape.type) {
    case "string":
    case "number":
    case "integer":
    case "boolean":
      return { type: shape.type };
    case "unknown":
      return { $ref: "pulumi.json#/Any" };
    case "array":
      return { type: "array", items: typeSpec(shape.items, `${name}Item`, types) };
    case "map":
      return { type: "object", additionalProperties: typeSpec(shape.items, `${name}Value`, types) };
    case "object":
      types[TOKEN + name] = described(objectType(shape, name, types), shape.typeDescription);
      return { $ref: `#/types/${TOKEN}${name}` };
    case "union":
      return unionSpec(shape, name, types);
    default:
      throw new Error(`no package schema type for ${shape.type}`);
  }
}

function objectType(shape, name, types) {
  const properties = Object.fromEntries(
    shape.fields.map((field) => [field.name, described(typeSpec(field.shape, name + capital(field.name), types), field.meta.description)]),
  );
  const required = shape.fields.filter((field) => !field.optional).map((field) => field.name);
  return { type: "object", properties, ...(required.length ? { required } : {}) };
}

function unionSpec(shape, name, types) {
  const optionName = (option, index) => {
    if (option.type !== "object") return `${name}${index}`;
    const tag = shape.discriminator && option.fields.find((f) => f.name === shape.discriminator)?.shape.values?.[0];
    return name + capital(String(tag ?? option.fields[0]?.name ?? index));
  };
  const specs = shape.options.map((option, index) => typeSpec(option, optionName(option, index), types));
  // One type of several literal values is that type (`"unrestricted"` with a list is a string or a list).
  const unique = [...new Map(specs.map((spec) => [JSON.stringify(spec), spec])).values()];
  if (unique.length === 1) return unique[0];
  const spec = { oneOf: unique };
  if (shape.discriminator) {
    const mapping = Object.fromEntries(
      shape.options.map((option, index) => [option.fields.find((f) => f.name === shape.discriminator).shape.values[0], specs[index].$ref]),
    );
    spec.discriminator = { propertyName: shape.discriminator, mapping };
  }
  return spec;
}

/** A spec with its description, when there is one. */
export function described(spec, description) {
  return description ? { ...spec, description } : spec;
}
