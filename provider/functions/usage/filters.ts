/**
 * The `getUsage` filters beyond workspaces and models (their values: filter-values.ts), and the bounds
 * the analytics endpoints put on `starting_at`, checked before any request.
 */
import { z } from "zod";
import { named } from "../declare";
import { INFERENCE_GEOS, SERVICE_TIERS, USAGE_PRODUCTS } from "./filter-values";

export { INFERENCE_GEOS, SERVICE_TIERS, USAGE_PRODUCTS } from "./filter-values";

const filterList = <T extends readonly [string, ...string[]]>(values: T, example: string, what: string, typeName: string, description: string) =>
  z
    .array(named(z.enum(values, { error: `must be one of ${values.join(", ")}` }), typeName, `One of the ${what}s \`getUsage\` can filter by.`), {
      error: `must be a list like ${example}`,
    })
    .min(1, { error: `must not be empty; leave it out for every ${what}` })
    .optional()
    .meta({ description });

export const usageFilters = {
  products: filterList(USAGE_PRODUCTS, '["messages_api"]', "product", "UsageProduct", "Only these product surfaces, e.g. `[\"messages_api\", \"claude_code\"]`; default every product."),
  serviceTiers: filterList(SERVICE_TIERS, '["standard", "batch"]', "service tier", "ServiceTier", "Only these service tiers, e.g. `[\"batch\"]`; default every tier."),
  inferenceGeos: filterList(
    INFERENCE_GEOS, '["us"]', "inference geo", "InferenceGeoFilter",
    "Only these inference geos (`\"global\"`, `\"us\"`, or `\"not_available\"` for usage without one); default all.",
  ),
};

/** The analytics endpoints: `starting_at` "must be within the last 365 days and no earlier than 2026-01-01T00:00:00Z". */
export const OLDEST_USAGE = Date.parse("2026-01-01T00:00:00Z");
export const USAGE_RETENTION_MS = 365 * 24 * 3_600_000;

/** Why `startingAt` (ms) cannot be asked for at `now`, or undefined when it can. */
export function startingAtProblem(startingAt: number, now: number): string | undefined {
  if (startingAt < OLDEST_USAGE) return "must be 2026-01-01 or later: the Admin API reports no usage before 2026-01-01T00:00:00Z";
  const oldest = now - USAGE_RETENTION_MS;
  if (startingAt < oldest) {
    return `must be within the last 365 days (${new Date(oldest).toISOString().replace(/\.\d{3}Z$/, "Z")} or later): the Admin API keeps a year of usage`;
  }
  return undefined;
}
