/**
 * The package schema the plugin serves (GetSchema) and reads its secret outputs from. It is generated
 * from the one declaration per kind into `schema.json` at the package root; the plugin reads that file,
 * so what the SDKs are generated from and what the plugin marks secret cannot differ.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface PropertySpec {
  readonly type?: string;
  readonly secret?: boolean;
}

export interface PackageSchema {
  readonly name?: string;
  readonly version?: string;
  readonly resources?: Record<string, { isComponent?: boolean; properties?: Record<string, PropertySpec> }>;
  readonly functions?: Record<string, { outputs?: { properties?: Record<string, PropertySpec> } }>;
  readonly [key: string]: unknown;
}

/** `schema.json` beside the package's package.json: the repository root, or the installed package's. */
export function schemaFile(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "schema.json"))) return join(dir, "schema.json");
    if (dirname(dir) === dir) throw new Error(`pulumi-resource-anthropic: no schema.json above ${from}; the package is incomplete, reinstall it.`);
  }
}

export function readSchema(file = schemaFile()): { text: string; schema: PackageSchema } {
  const text = readFileSync(file, "utf8");
  return { text, schema: JSON.parse(text) as PackageSchema };
}

/** The outputs of the resource `token` that the schema marks secret. */
export function secretOutputs(schema: PackageSchema, token: string): string[] {
  const properties = schema.resources?.[token]?.properties ?? {};
  return Object.entries(properties).filter(([, spec]) => spec.secret === true).map(([name]) => name);
}
