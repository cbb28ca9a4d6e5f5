import { readFileSync } from "node:fs";
import { z } from "zod";
import type { EmulatorControl } from "./control-client";
import { ORGANIZATION_ROLES } from "./wire";

// What `pulumi-anthropic-emulator --seed FILE` reads: the members and workspaces an organization
// already has before any stack runs (made "in the Console"). Same field names as the control surface.

export const seedFileSchema = z.strictObject({
  users: z.array(z.strictObject({ email: z.email(), name: z.string().optional(), role: z.enum(ORGANIZATION_ROLES).optional() })).optional(),
  workspaces: z.array(z.strictObject({
    name: z.string().min(1), display_color: z.string().optional(), tags: z.record(z.string(), z.string()).optional(),
  })).optional(),
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
    throw new Error(`--seed ${path}: ${issue.path.join(".") || "(top level)"}: ${issue.message} (expected {"users": [{"email", "name"?, "role"?}], "workspaces": [{"name", "display_color"?, "tags"?}]})`);
  }
  return result.data;
}

export async function applySeed(control: EmulatorControl, seed: SeedFile): Promise<void> {
  if (seed.users?.length) await control.seedUsers(seed.users);
  for (const w of seed.workspaces ?? []) await control.seedWorkspace({ name: w.name, displayColor: w.display_color, tags: w.tags });
}
