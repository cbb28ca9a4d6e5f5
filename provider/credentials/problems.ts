/**
 * Whether an operation that needs `need` can be made with the credentials configured, checked before any
 * request (the preview check of each resource, the data functions): the credential it would use exists,
 * is not ambiguous, and, for federation, its identity token can be read. Reads no token's content.
 */
import type { ConfigurationError } from "../client/errors";
import type { MissingCredentialError } from "./missing-credential";
import { chooseCredential, type CredentialSet } from "./choice";
import { settingName } from "./commands";
import type { CredentialNeed } from "./endpoints";
import { identityTokenProblem } from "./identity-token";

/** For a kind that needs OAuth, no credential at all is said as "set an OAuth credential", not "set an admin key". */
export function missingCredentialProblem(err: MissingCredentialError, need: CredentialNeed, what: string, organization?: string): ConfigurationError {
  if (need !== "oauth") return err;
  const chosen = chooseCredential({ adminKey: "" }, need, what, organization);
  return typeof chosen === "string" ? err : chosen;
}

export function credentialProblem(set: CredentialSet, need: CredentialNeed, what: string, organization?: string): ConfigurationError | undefined {
  const chosen = chooseCredential(set, need, what, organization);
  if (typeof chosen !== "string") return chosen;
  if (chosen === "federation") return identityTokenProblem(set.federation!, settingName("federation", organization));
  return undefined;
}
