import type { AdminClient } from "../../client";
import { InvalidRequestError, NotFoundError } from "../../client/errors";
import { organizationKey } from "../../settings/organization-scope";

/**
 * Offboarding ends the member's open sessions (claude.ai, Claude Code's OAuth tokens) before it removes
 * them, so access ends with the removal rather than when a token expires: `POST /users/{id}/sign_out`.
 *
 * Sign-out is a beta the API offers Claude Enterprise organizations; any other organization answers
 * 400 `organization_not_enrolled_in_beta`, and then there are no such sessions to end, so removal goes
 * on. A member already gone (404) is left to the removal, which treats 404 as done. Any other refusal
 * (an owner this key may not sign out, the key's own user) stops the delete before anything is removed.
 */
export async function signOutBeforeRemoval(client: AdminClient, userId: string): Promise<void> {
  // An organization that said it is not enrolled says so for every member: ask once per deployment
  // (one provider process), not once per person offboarded.
  if (notEnrolled.has(organizationKey())) return;
  try {
    await client.signOutUser(userId);
  } catch (err) {
    if (err instanceof NotFoundError) return;
    if (err instanceof InvalidRequestError && err.errorCode === "organization_not_enrolled_in_beta") {
      notEnrolled.add(organizationKey());
      return;
    }
    throw err;
  }
}

/** Organizations (by scope key) that answered `organization_not_enrolled_in_beta` in this process. */
const notEnrolled = new Set<string>();

/** A new deployment asks again (see newDeployment in the tests). */
export function forgetEnrollment(): void {
  notEnrolled.clear();
}
