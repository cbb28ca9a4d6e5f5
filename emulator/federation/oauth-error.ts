import { ApiError } from "../errors";

export type OAuthErrorCode = "invalid_request" | "invalid_grant" | "unsupported_grant_type" | "server_error";

/**
 * A token-endpoint error in the RFC 6749 section 5.2 shape, `{error, error_description}`: what the SDK's
 * `oidcFederationProvider` reads (it keeps only `error`, `error_description` and `error_uri` of an error
 * body, so nothing else would reach a user anyway). Descriptions never quote the assertion or a claim value
 * a caller did not choose to show.
 */
export class OAuthError extends ApiError {
  constructor(status: number, readonly code: OAuthErrorCode, description: string) {
    super(status, description);
  }

  override body(): object {
    return { error: this.code, error_description: this.message };
  }
}

export const invalidRequest = (description: string) => new OAuthError(400, "invalid_request", description);
/** 401, as the SDK expects for an assertion or rule that does not hold (it then hints at the rule and workspace). */
export const invalidGrant = (description: string) => new OAuthError(401, "invalid_grant", description);
