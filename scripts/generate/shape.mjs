// A zod schema as a small neutral shape that the typings, the package schema and the README tables are
// written from. Reads the input side (what a program writes): a default makes a field optional, a pipe
// is read at its input. Declared metadata (resources/declare.ts) rides along: description, typeName,
// values.

/**
 * @typedef {{ name: string, shape: Shape, optional: boolean, meta: Record<string, any> }} Field
 * @typedef {{ type: "string" | "number" | "integer" | "boolean" | "unknown" | "array" | "map" | "object" | "union",
 *   values?: Array<string | number | boolean>, items?: Shape, fields?: Field[], options?: Shape[],
 *   discriminator?: string, nullable?: boolean, typeName?: string, description?: string }} Shape
 */

/** @returns {Shape} */
export function shapeOf(schema) {
  const def = schema._zod.def;
  const meta = schema.meta() ?? {};
  let shape;
  switch (def.type) {
    case "optional":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
      shape = shapeOf(def.innerType);
      break;
    case "nullable":
      shape = { ...shapeOf(def.innerType), nullable: true };
      break;
    case "pipe":
      shape = shapeOf(def.in);
      break;
    case "string":
    case "boolean":
    case "unknown":
    case "any":
      shape = { type: def.type === "any" ? "unknown" : def.type };
      break;
    case "number":
      shape = { type: schema.isInt ? "integer" : "number" };
      break;
    case "enum":
      shape = { type: "string", values: Object.values(def.entries) };
      break;
    case "literal":
      shape = { type: typeof def.values[0] === "string" ? "string" : typeof def.values[0], values: [...def.values] };
      break;
    case "array":
      shape = { type: "array", items: shapeOf(def.element) };
      break;
    case "record":
      shape = { type: "map", items: shapeOf(def.valueType) };
      break;
    case "object":
      shape = { type: "object", fields: fieldsOf(schema) };
      break;
    case "union":
      shape = { type: "union", options: def.options.map(shapeOf), ...(def.discriminator ? { discriminator: def.discriminator } : {}) };
      break;
    case "custom":
      // A check of its own (e.g. a value or an Output of it) that names the value schema it checks.
      if (!meta.valueSchema) throw new Error("a zod custom needs .meta({ valueSchema }) for the generator to describe it");
      shape = shapeOf(meta.valueSchema);
      break;
    default:
      throw new Error(`the generator cannot describe a zod ${def.type} yet (scripts/generate/shape.mjs)`);
  }
  if (meta.values) shape = { ...shape, values: meta.values };
  if (meta.typeName) shape = { ...shape, typeName: meta.typeName, typeDescription: meta.typeDescription };
  return shape;
}

/** The fields of a zod object, in declaration order, each with its own metadata. */
export function fieldsOf(object) {
  return Object.entries(object._zod.def.shape).map(([name, schema]) => ({
    name,
    shape: shapeOf(schema),
    // A default makes it optional to write ("defaulted").
    optional: schema._zod.optin !== undefined,
    meta: schema.meta() ?? {},
  }));
}
