// A kind's field table in the README, from its declaration.
import { defaultWords, fieldsOfKind, optionalArgument } from "./kinds.mjs";

/** The kind's field table for the README. */
export function readmeTable({ declaration }) {
  const { inputs, outputs } = fieldsOfKind(declaration);
  const rows = inputs
    .filter((field) => field.name !== "organization")
    .map((field) => {
      const change = field.meta.planDecides ? "in place or **replaces**" : field.meta.change === "replace" ? "**replaces**" : "in place";
      const keys = field.shape.type === "object" ? `: { ${field.shape.fields.map((f) => f.name).join(", ")} }` : "";
      const text = [field.meta.description, defaultWords(field.meta)].filter(Boolean).join(" ");
      return `| \`${field.name}${keys}\` | ${optionalArgument(field) ? "" : "required, "}${change} | ${text.replaceAll("|", "\\|")} |`;
    });
  const properties = outputs
    .filter((field) => field.meta.registered !== false)
    .map((field) => `\`${field.name}\`${field.meta.secret ? " (a **secret output**: only its ciphertext is in state)" : ""}`);
  return ["| input | change | |", "|---|---|---|", ...rows, "", `Properties: ${properties.join(", ")}.`].join("\n");
}
