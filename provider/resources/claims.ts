/**
 * Objects that a create in this deployment adopted or took over. One `pulumi up` runs every dynamic
 * resource through one provider process, so this set spans the deployment: when the engine later
 * deletes a resource that held the same object (a rename without an alias, a replacement that resolved
 * to the same user, workspace or invite), the delete releases it instead of removing what the new
 * resource now manages.
 */
const claimed = new Set<string>();

export function claim(id: string): void {
  claimed.add(id);
}

export function claimedInThisDeployment(id: string): boolean {
  return claimed.has(id);
}

/** Ends the deployment as far as claims go (tests that run several deployments in one process). */
export function forgetClaims(): void {
  claimed.clear();
}
