/**
 * Objects that a create in this deployment adopted or took over. One `pulumi up` runs every dynamic
 * resource through one provider process, so this set spans the deployment: when the engine later
 * deletes a resource that held the same object (a rename without an alias, a replacement that resolved
 * to the same user, workspace or invite), the delete releases it instead of removing what the new
 * resource now manages. Per organization: an id claimed in one organization says nothing about the
 * same id in another (two emulators mint the same ids).
 */
import { warn } from "../dynamic/engine-log";
import { scopedKey } from "../dynamic/organization-scope";

const claimed = new Set<string>();

export function claim(id: string): void {
  claimed.add(scopedKey(id));
}

/**
 * For a delete: whether a create of this deployment took `id` over, in which case the delete must leave
 * the object alone. Says so as a warning, `undone` naming what was not done ("... was not archived").
 */
export async function keptForAnotherResource(id: string, undone: string): Promise<boolean> {
  if (!claimed.has(scopedKey(id))) return false;
  await warn(`${undone}: another resource of this deployment now manages it (a rename without an alias, or a replacement that resolved to the same object). Use \`aliases\` to rename a resource without this.`);
  return true;
}

/** Ends the deployment as far as claims go (tests that run several deployments in one process). */
export function forgetClaims(): void {
  claimed.clear();
}
