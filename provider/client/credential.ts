/**
 * What the client asks of the credentials it sends: the client owns this interface and credentials/
 * implements it (credentials/request-credentials.ts), as an auth hook wraps a request. So the client
 * never reads settings, and the credentials may use the client's own calls (the federation exchange).
 */
import type { AuditRecord } from "../base/audit";
import type { CredentialHint } from "./errors";
import type { Timeouts } from "./transport";

/** The kinds of credential a request can carry: `x-api-key`, or an OAuth access token as a bearer. */
export type CredentialKind = "adminKey" | "authToken" | "federation";

export interface ChosenCredential {
  kind: CredentialKind;
  /** For `x-api-key`; empty when a bearer token is sent. */
  adminKey: string;
  bearerToken?: string;
  /** What a 401 or 403 hint says about this credential. */
  hint: CredentialHint;
  /** After a 401: a freshly exchanged token to try once more (federation only). */
  renew?: () => Promise<ChosenCredential>;
}

export interface RequestCredentials {
  /** The credential for a request to `path` (segments below `/v1/organizations/`); throws ConfigurationError when none fits. */
  choose(path: ReadonlyArray<string>, operation: string): Promise<ChosenCredential>;
  /** Every credential value this client may send, to mask in errors and audit records. */
  secrets(): string[];
}

/** What the client hands the credentials it is built with: where requests go, how long they wait, where records go. */
export interface CredentialContext {
  baseUrl: string;
  timeouts: Timeouts;
  audit: (record: AuditRecord) => void;
}
