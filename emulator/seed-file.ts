import { readFileSync } from "node:fs";
import { z } from "zod";
import type { EmulatorControl, SeedUsageInput } from "./control-client";
import { ORGANIZATION_ROLES } from "./wire";

// What `pulumi-anthropic-emulator --seed FILE` reads: the members and workspaces an organization
// already has before any stack runs (made "in the Console"), and the usage it has had. Same field names
// as the control surface, except that usage names workspaces (their ids are made at start) and counts
// weeks back from the start (a date would go stale in a file).

const WEEK_MS = 7 * 24 * 3_600_000;

export const seedFileSchema = z.strictObject({
  users: z.array(z.strictObject({ email: z.email(), name: z.string().optional(), role: z.enum(ORGANIZATION_ROLES).optional() })).optional(),
  workspaces: z.array(z.strictObject({
    name: z.string().min(1), display_color: z.string().optional(), tags: z.record(z.string(), z.string()).optional(),
  })).optional(),
  usage: z.strictObject({
    /** Synthetic hourly usage from this seed: the same seed and workspaces give the same numbers. */
    seed: z.number().int().default(1),
    /** How far back the usage goes, in weeks before the start (floored to the hour). */
    weeks: z.number().int().min(1).max(52).default(6),
    /** Names of the workspaces that used the API; default every workspace, the default one included. */
    workspaces: z.array(z.string().min(1)).min(1).optional(),
    models: z.array(z.string().min(1)).min(1).optional(),
  }).optional(),
});
export type SeedFile = z.infer<typeof seedFileSchema>;

export function readSeedFile(path: string): SeedFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`--seed ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = seedFileSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`--seed ${path}: ${issue.path.join(".") || "(top level)"}: ${issue.message} (expected {"users": [{"email", "name"?, "role"?}], "workspaces": [{"name", "display_color"?, "tags"?}], "usage": {"seed"?, "weeks"?, "workspaces"?, "models"?}})`);
  }
  return result.data;
}

export async function applySeed(control: EmulatorControl, seed: SeedFile): Promise<void> {
  if (seed.users?.length) await control.seedUsers(seed.users);
  const ids = new Map<string, string>();
  for (const w of seed.workspaces ?? []) ids.set(w.name, (await control.seedWorkspace({ name: w.name, displayColor: w.display_color, tags: w.tags })).id);
  if (seed.usage) await control.seedUsage(usageSeed(seed.usage, ids));
}

function usageSeed(usage: NonNullable<SeedFile["usage"]>, ids: Map<string, string>): SeedUsageInput {
  const workspaceIds = usage.workspaces?.map((name) => {
    const id = ids.get(name);
    if (id === undefined) throw new Error(`usage.workspaces: "${name}" is not one of the seed's workspaces (${[...ids.keys()].map((n) => `"${n}"`).join(", ") || "none"})`);
    return id;
  });
  const from = Math.floor((Date.now() - usage.weeks * WEEK_MS) / 3_600_000) * 3_600_000;
  return { seed: usage.seed, workspaceIds, models: usage.models, from: new Date(from).toISOString() };
}
