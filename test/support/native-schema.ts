/**
 * The package schema the native plugin's tests serve: `schema.json` at the repository root once the
 * declarations generate it, else a minimal one built here from the kinds' own zod input schemas
 * (`resources/<kind>/schema.js`, `<kind>Inputs`) and the secret outputs the dynamic resource classes
 * register. It holds only what the plugin reads: each kind's input names and its secret outputs, and
 * the provider's settings.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { moduleOf, RESOURCE_KINDS, type ResourceKind } from "../../provider/base/kinds";
import type { PackageSchema } from "../../provider/native/package-schema";

const repo = join(__dirname, "../..");

/** Outputs the dynamic classes mark secret (`withSecretOutputs` in resources/<kind>/index.ts). */
const SECRET_OUTPUTS: Partial<Record<ResourceKind, string[]>> = { ApiKey: ["key"], WebhookEndpoint: ["signingSecret"], TelemetryDestination: ["headers"] };

const PROVIDER_SETTINGS = {
  adminKey: { type: "string", secret: true },
  authToken: { type: "string", secret: true },
  federation: { type: "object" },
  baseUrl: { type: "string" },
  auditLog: { type: "string" },
  organizations: { type: "object" },
};

export function repositorySchema(): PackageSchema | undefined {
  const file = join(repo, "schema.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as PackageSchema) : undefined;
}

async function inputNames(kind: ResourceKind): Promise<string[]> {
  const file = join(repo, "provider", "resources", moduleOf(kind), "schema.ts");
  const module = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
  const schema = module[`${kind[0]!.toLowerCase()}${kind.slice(1)}Inputs`] as { shape?: object; in?: { shape?: object } } | undefined;
  const shape = schema?.shape ?? schema?.in?.shape;
  if (!shape) throw new Error(`no input schema found for ${kind}`);
  return [...Object.keys(shape), "organization"];
}

export async function minimalSchema(): Promise<PackageSchema> {
  const resources: Record<string, object> = {};
  for (const kind of RESOURCE_KINDS) {
    const inputs = Object.fromEntries((await inputNames(kind)).map((name) => [name, { type: "string" }]));
    const secret = Object.fromEntries((SECRET_OUTPUTS[kind] ?? []).map((name) => [name, { type: "string", secret: true }]));
    resources[`anthropic:index:${kind}`] = { inputProperties: inputs, properties: { ...inputs, ...secret } };
  }
  return { name: "anthropic", version: "0.1.0", resources, provider: { inputProperties: PROVIDER_SETTINGS } };
}

/** The schema tests serve: the generated one (which declares the DeveloperAccess component) when it exists. */
export async function testSchema(): Promise<PackageSchema> {
  return repositorySchema() ?? (await minimalSchema());
}
