// Shapes (shape.mjs) as TypeScript: the plain interfaces of the public typings, with no zod type in them.

/** A JSDoc comment of `text` at `indent`, wrapped to fit 120 columns. */
export function docComment(text, indent = "") {
  if (!text) return "";
  const safe = text.replaceAll("*/", "*\\/");
  const width = 117 - indent.length;
  if (safe.length <= width - 4) return `${indent}/** ${safe} */\n`;
  const lines = [];
  let line = "";
  for (const word of safe.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width - 2) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`).join("\n")}\n${indent} */\n`;
}

const literal = (value) => JSON.stringify(value);

/**
 * The TypeScript type of a shape. `input`: every level takes a `pulumi.Input` (a value, a Promise or an
 * Output), as arguments do, and named types are referred to by name (collected in `named`); otherwise
 * the plain value, as outputs carry it.
 */
export function tsType(shape, input, named = new Map(), indent = "  ") {
  if (input && shape.typeName) {
    named.set(shape.typeName, shape);
    return shape.typeName + (shape.nullable ? " | null" : "");
  }
  return body(shape, input, named, indent) + (shape.nullable ? " | null" : "");
}

/** The type a named shape stands for. */
export function tsNamedBody(shape, named) {
  return body(shape, true, named, "");
}

function body(shape, input, named, indent) {
  // A single literal (a union's discriminant, `type: "aws"`) stays plain so that it narrows the union.
  const wrap = (inner, at = indent) =>
    input && inner.values?.length !== 1 ? `pulumi.Input<${tsType(inner, input, named, at)}>` : tsType(inner, input, named, at);
  if (shape.values) return shape.values.map(literal).join(" | ");
  switch (shape.type) {
    case "integer":
      return "number";
    case "array": {
      const items = wrap(shape.items);
      return /[ |]/.test(items) && !input ? `Array<${items}>` : `${items}[]`;
    }
    case "map":
      return `Record<string, ${wrap(shape.items)}>`;
    case "object": {
      const oneLine = `{ ${shape.fields.map((f) => `${f.name}${f.optional ? "?" : ""}: ${wrap(f.shape)}`).join("; ")} }`;
      if (oneLine.length <= 80 && !shape.fields.some((f) => f.meta.description)) return oneLine;
      // Longer ones one field a line, with the fields' own descriptions.
      const inner = `${indent}  `;
      const lines = shape.fields.map((f) => docComment(f.meta.description, inner) + `${inner}${f.name}${f.optional ? "?" : ""}: ${wrap(f.shape, inner)};`);
      return `{\n${lines.join("\n")}\n${indent}}`;
    }
    case "union":
      return shape.options.map((option) => tsType(option, input, named, indent)).join(" | ");
    default:
      return shape.type;
  }
}
