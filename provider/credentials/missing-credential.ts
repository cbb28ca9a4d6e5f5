import { ConfigurationError } from "../client/errors";

/**
 * No credential of any kind is configured for an organization. Its own class so that the preview check
 * of a kind whose endpoints take only OAuth can say what that kind needs instead of "set an admin key".
 */
export class MissingCredentialError extends ConfigurationError {}
