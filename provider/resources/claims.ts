/**
 * Objects that another resource of the stack manages, so that no delete removes them. A resource claims
 * its object when its create adopts or takes one over, and when the engine diffs it without replacing
 * it: the engine diffs every resource of the program before it deletes the resources no longer in the
 * program (renamed without an alias, removed), in the same provider process, so a delete that a failed
 * `up` left for the next one is still kept by the diff of the resource that now holds the object.
 *
 * A claim is by organization as it really is (real-organization.ts: the endpoint and the id
 * `GET /v1/organizations/me` answers), never by the name a stack gives it: a claim made under `staging`
 * keeps the delete under `sandbox` when both reach one organization, and the same id in another
 * organization is another object. Claims live in the provider process; where one deployment runs in
 * several processes (the native plugin runs one per provider instance), they are also shared with the
 * deployment's other processes through `elsewhere` (native/shared-claims.ts).
 */
import { warn } from "../dynamic/engine-log";
import { currentOrganization } from "../dynamic/organization-scope";
import { sameOrganization } from "../dynamic/real-organization";

/** For each claimed id, the organizations (as named where they were claimed; "" the top-level one) claiming it. */
const claimed = new Map<string, Set<string>>();

/** The claims of the deployment's other provider processes, where there are any. */
export interface ClaimsElsewhere {
  /** Tells the other processes that `id` is claimed in `organization` (undefined: this process's top-level settings). */
  record(id: string, organization: string | undefined): void;
  /** Whether another process claimed `id` in the organization that `organization` reaches here. */
  claimedElsewhere(id: string, organization: string | undefined): Promise<boolean>;
}

let elsewhere: ClaimsElsewhere | undefined;

export function shareClaims(others: ClaimsElsewhere | undefined): void {
  elsewhere = others;
}

/** Claims `id` in `organization` (by default the running operation's). */
export function claim(id: string, organization = currentOrganization()): void {
  let names = claimed.get(id);
  if (!names) claimed.set(id, (names = new Set()));
  names.add(organization ?? "");
  elsewhere?.record(id, organization);
}

/**
 * For a delete: whether another resource of the stack manages `id` in this organization, in which case
 * the delete must leave the object alone. Says so as a warning, `undone` naming what was not done
 * ("... was not archived").
 */
export async function keptForAnotherResource(id: string, undone: string): Promise<boolean> {
  const here = currentOrganization();
  for (const name of claimed.get(id) ?? []) {
    if (!(await sameOrganization(name === "" ? undefined : name, here))) continue;
    return kept(undone);
  }
  if (await elsewhere?.claimedElsewhere(id, here)) return kept(undone);
  return false;
}

async function kept(undone: string): Promise<boolean> {
  await warn(`${undone}: another resource of this stack now manages it (a rename without an alias, or a replacement that resolved to the same object). Use \`aliases\` to rename a resource without this.`);
  return true;
}

/** Ends the deployment as far as claims go (tests that run several deployments in one process). */
export function forgetClaims(): void {
  claimed.clear();
}
