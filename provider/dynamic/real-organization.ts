/**
 * Which organization a configured name really is: its endpoint and the id `GET /v1/organizations/me`
 * answers there. Names are only how a stack reaches an organization: the top-level settings and
 * `prod` with the same key and URL, or `sandbox` (an admin key) and `staging` (an OAuth token of the
 * same organization), are one organization, and the same id at two endpoints (two emulators mint the
 * same ids) is two. Claims and the diff of the `organization` input decide by this.
 *
 * The id is asked once per process for each endpoint and credential, and only when two different names
 * must be compared: a deployment whose resources keep their organization sends no such request.
 */
import { createHash } from "node:crypto";
import type { AdminConfig } from "../config";
import { inOrganization } from "./organization-scope";
import { adminClient, organizationConfig } from "./settings";

const organizationIds = new Map<string, Promise<string>>();

/** Whether two organization names (undefined: the top-level settings) reach the same organization. */
export async function sameOrganization(one: string | undefined, other: string | undefined): Promise<boolean> {
  if (one === other) return true;
  const [a, b] = [organizationConfig(one), organizationConfig(other)];
  if (a.baseUrl !== b.baseUrl) return false;
  const [idA, idB] = await Promise.all([organizationId(one, a), organizationId(other, b)]);
  return idA === idB;
}

/**
 * Where a name leads, for comparing with another process's (native/shared-claims.ts): the endpoint, a
 * digest of the credential (equal digests: one organization, no request needed), and the
 * organization's id, asked when first needed.
 */
export function organizationReached(name: string | undefined): { baseUrl: string; credential: string; id: () => Promise<string> } {
  const config = organizationConfig(name);
  return { baseUrl: config.baseUrl, credential: credentialDigest(config), id: () => organizationId(name, config) };
}

// A digest, so that what is kept or shared holds no credential (one key, one organization).
function credentialDigest(config: AdminConfig): string {
  return createHash("sha256")
    .update(JSON.stringify([config.baseUrl, config.adminKey, config.authToken ?? "", config.federation ?? null]))
    .digest("hex");
}

function organizationId(name: string | undefined, config: AdminConfig): Promise<string> {
  const key = credentialDigest(config);
  let id = organizationIds.get(key);
  if (!id) {
    id = inOrganization(name, () => adminClient().getOrganization()).then(
      (organization) => organization.id,
      (err) => {
        organizationIds.delete(key);
        throw err;
      },
    );
    organizationIds.set(key, id);
  }
  return id;
}

/** Ends the process as far as organization ids go (tests that run several deployments in one process). */
export function forgetOrganizationIds(): void {
  organizationIds.clear();
}
