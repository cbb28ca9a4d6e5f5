/**
 * The Admin API client: one method per endpoint, wire (snake_case) objects in and out, typed errors.
 * A thin, faithful layer; resources translate to camelCase and decide what the results mean.
 * Cheap to create: connections live in a per-process pool, so create one per operation rather than
 * keeping one in a closure that Pulumi would serialize.
 */
import { withoutUndefined } from "../base/defined";
import { createAuditor, type AuditSink } from "../base/audit";
import { validateBaseUrl } from "../base/base-url";
import { analyticsApi, type AnalyticsApi } from "./analytics";
import { telemetryDestinationsApi, type TelemetryDestinationsApi } from "./telemetry-destinations";
import { webhooksApi, type WebhooksApi } from "./webhooks";
import { complianceApi, type ComplianceApi } from "./compliance";
import { externalKeysApi, type ExternalKeysApi } from "./external-keys";
import { rbacApi, type RbacApi } from "./rbac";
import { federationApi, type FederationApi } from "./federation";
import { serviceAccountsApi, type ServiceAccountsApi } from "./service-accounts";
import { apiKeysApi, type ApiKeysApi } from "./api-keys";
import type { CredentialContext, RequestCredentials } from "./credential";
import { invitesApi, type InvitesApi } from "./invites";
import { membersApi, type MembersApi } from "./members";
import { organizationApi, type OrganizationApi } from "./organization";
import { rateLimitsApi, type RateLimitsApi } from "./rate-limits";
import type { RequestContext } from "./request";
import { type RetryPolicy, resolveRetryPolicy } from "./retry";
import { spendLimitsApi, type SpendLimitsApi } from "./spend-limits";
import { DEFAULT_TIMEOUTS, type Timeouts } from "./transport";
import { usersApi, type UsersApi } from "./users";
import { workspacesApi, type WorkspacesApi } from "./workspaces";

export interface WireClientOptions {
  /**
   * Builds the credentials each request sends, once the client has its endpoint, timeouts and auditor
   * (settings/admin-client.ts passes credentials/request-credentials.ts): the client reads no setting.
   */
  credentials: (context: CredentialContext) => RequestCredentials;
  /** e.g. https://api.anthropic.com; plain http:// only to loopback. */
  baseUrl: string;
  /** File that receives one JSON line per HTTP attempt. */
  auditLog?: string;
  retry?: Partial<RetryPolicy>;
  timeouts?: Partial<Timeouts>;
  /** Prepended verbatim to operation names in errors and audit records, e.g. "Workspace prod: ". */
  operationPrefix?: string;
  /** Also receives every audit record (tests, progress reporting). */
  onAudit?: AuditSink;
}

export type AdminClient = OrganizationApi &
  UsersApi &
  InvitesApi &
  WorkspacesApi &
  MembersApi &
  RateLimitsApi &
  SpendLimitsApi &
  ApiKeysApi &
  AnalyticsApi &
  WebhooksApi &
  TelemetryDestinationsApi &
  ExternalKeysApi &
  ComplianceApi &
  RbacApi &
  ServiceAccountsApi &
  FederationApi;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Makes one group's endpoint methods for one client. */
type EndpointGroup = (ctx: RequestContext) => object;

const endpointGroups: readonly EndpointGroup[] = [
  organizationApi,
  usersApi,
  invitesApi,
  workspacesApi,
  membersApi,
  rateLimitsApi,
  spendLimitsApi,
  apiKeysApi,
  analyticsApi,
  webhooksApi,
  telemetryDestinationsApi,
  externalKeysApi,
  complianceApi,
  rbacApi,
  serviceAccountsApi,
  federationApi,
];

const methodOf = Symbol("methodOf");

/**
 * A client: its endpoint methods are getters on this prototype, and each group's methods are made by
 * the client's first use of one of them. An operation uses a few of the ~100 methods, and the dynamic
 * provider makes a client per resource operation (200 of them in a `pulumi refresh` of 200 workspaces).
 * A method read twice is the same function, and reading one off the client (`const { getWorkspace } =
 * client`) works as before.
 */
class EndpointMethods {
  readonly #ctx: RequestContext;
  readonly #made: Map<EndpointGroup, Readonly<Record<string, unknown>>>;

  constructor(ctx: RequestContext, made?: Map<EndpointGroup, Readonly<Record<string, unknown>>>) {
    this.#ctx = ctx;
    this.#made = made ?? new Map();
  }

  [methodOf](group: EndpointGroup, name: string): unknown {
    let methods = this.#made.get(group);
    if (!methods) this.#made.set(group, (methods = group(this.#ctx) as Readonly<Record<string, unknown>>));
    return methods[name];
  }
}

let methodsDefined = false;

/**
 * The getters, once per process: each group's method names are read off the methods it makes for the
 * first client's `ctx`, which keeps them (undefined for every later client).
 */
function defineMethods(ctx: RequestContext): Map<EndpointGroup, Readonly<Record<string, unknown>>> | undefined {
  if (methodsDefined) return undefined;
  const made = new Map<EndpointGroup, Readonly<Record<string, unknown>>>();
  for (const group of endpointGroups) {
    const methods = group(ctx) as Readonly<Record<string, unknown>>;
    made.set(group, methods);
    for (const name of Object.keys(methods)) {
      Object.defineProperty(EndpointMethods.prototype, name, {
        enumerable: true,
        get(this: EndpointMethods) {
          return this[methodOf](group, name);
        },
      });
    }
  }
  methodsDefined = true;
  return made;
}

/** The client for one set of credentials; settings/admin-client.ts builds one from settings or explicit credentials. */
export function createWireClient(options: WireClientOptions): AdminClient {
  const baseUrl = validateBaseUrl(options.baseUrl, "baseUrl");
  const timeouts = { ...DEFAULT_TIMEOUTS, ...withoutUndefined(options.timeouts ?? {}) };
  let credentials: RequestCredentials | undefined;
  const audit = createAuditor({ file: options.auditLog, onRecord: options.onAudit, secrets: () => credentials?.secrets() ?? [] });
  credentials = options.credentials({ baseUrl, timeouts, audit });
  const ctx: RequestContext = {
    credentials,
    baseUrl,
    retry: resolveRetryPolicy(options.retry),
    timeouts,
    audit,
    operationPrefix: options.operationPrefix ?? "",
    sleep,
  };
  const made = defineMethods(ctx);
  // AdminClient is the intersection of the groups' interfaces, and each group's getters are the names of
  // the object it returns as that interface (test/emulator/wire-client.test.ts holds them equal).
  return Object.freeze(new EndpointMethods(ctx, made)) as unknown as AdminClient;
}

export { collect } from "./pagination";
export { closeAllPools } from "./transport";
export * from "./errors";
export type { RetryPolicy } from "./retry";
export { DEFAULT_RETRY_POLICY } from "./retry";
export type { Timeouts } from "./transport";
export type * from "./schemas";
export type * from "./request-schemas";
export type { ListUsersParams } from "./users";
export type { ListInvitesParams } from "./invites";
export type { ListWorkspacesParams } from "./workspaces";
export type { ListWorkspaceMembersParams } from "./members";
export type { ListWorkspaceRateLimitsParams } from "./rate-limits";
export type { ListSpendLimitsParams } from "./spend-limits";
export type { CreateApiKeyOptions, CreatedApiKey, ListApiKeysParams } from "./api-keys";
export type { AnalyticsParams } from "./analytics";
export type * from "./webhook-schemas";
export type * from "./telemetry-schemas";
export type { ListTelemetryDestinationsParams } from "./telemetry-destinations";
export type * from "./federation-schemas";
export type { ListServiceAccountsParams } from "./service-accounts";
export type { ListFederationIssuersParams, ListFederationRulesParams } from "./federation";
export { exchangeFederationToken, FederationExchangeError } from "./federation-token";
export type { FederationTokenRequest, FederationAccessToken } from "./federation-token";
export type { AuditRecord } from "../base/audit";
export type { ChosenCredential, CredentialContext, CredentialKind, RequestCredentials } from "./credential";
