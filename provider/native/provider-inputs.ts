/**
 * CheckConfig of an explicit provider: its inputs are the settings the package schema declares for the
 * provider (`provider.inputProperties`), each of its type; anything else is a misspelling that would
 * otherwise be ignored, leaving the provider on other settings than the program meant. Values are never
 * quoted (they may be keys). The values themselves (a URL's form, a credential's) are checked where the
 * dynamic path checks them, before the first request of each resource.
 */
import type { PackageSchema } from "./package-schema";

type Failure = { property: string; reason: string };
type PropertySpec = { type?: string };

/** Inputs the engine adds to every provider, whatever its schema. */
const ENGINE_INPUTS = new Set(["version", "pluginDownloadURL"]);

export function checkProviderInputs(schema: PackageSchema, news: Record<string, unknown>): Failure[] {
  const declared = (schema.provider as { inputProperties?: Record<string, PropertySpec> } | undefined)?.inputProperties;
  if (!declared) return [];
  const failures: Failure[] = [];
  for (const [name, value] of Object.entries(news)) {
    if (ENGINE_INPUTS.has(name) || value === undefined || value === null) continue;
    const spec = declared[name];
    if (!spec) {
      failures.push({ property: name, reason: `the anthropic provider has no setting "${name}"; its settings are ${Object.keys(declared).join(", ")}` });
    } else if (spec.type === "string" && typeof value !== "string") {
      failures.push({ property: name, reason: `${name} must be a string` });
    } else if (spec.type === "object" && !isObject(typeof value === "string" ? parsed(value) : value)) {
      failures.push({ property: name, reason: `${name} must be an object` });
    }
  }
  return failures;
}

// Stack config holds an object setting (`config set --path`) as JSON text; an explicit provider's input is the object.
const isObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
