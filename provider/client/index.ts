/**
 * The Admin API client: one method per endpoint, wire (snake_case) objects in and out, typed errors.
 * A thin, faithful layer; resources translate to camelCase and decide what the results mean.
 * Cheap to create: connections live in a per-process pool, so create one per operation rather than
 * keeping one in a closure that Pulumi would serialize.
 */
import { withoutUndefined } from "../defined";
import { createAuditor, type AuditSink } from "../audit";
import { type ConfigGetter, resolveAdminConfig, validateBaseUrl } from "../config";
import { analyticsApi, type AnalyticsApi } from "./analytics";
import { apiKeysApi, type ApiKeysApi } from "./api-keys";
import { ConfigurationError } from "./errors";
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

export interface AdminClientOptions {
  adminKey: string;
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
  AnalyticsApi;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createAdminClient(options: AdminClientOptions): AdminClient {
  if (!options.adminKey?.trim()) {
    throw new ConfigurationError("createAdminClient needs a non-empty adminKey.", "adminKey");
  }
  const ctx: RequestContext = {
    adminKey: options.adminKey.trim(),
    baseUrl: validateBaseUrl(options.baseUrl, "baseUrl"),
    retry: resolveRetryPolicy(options.retry),
    timeouts: { ...DEFAULT_TIMEOUTS, ...withoutUndefined(options.timeouts ?? {}) },
    audit: createAuditor({ file: options.auditLog, onRecord: options.onAudit }),
    operationPrefix: options.operationPrefix ?? "",
    sleep,
  };
  return Object.freeze({
    ...organizationApi(ctx),
    ...usersApi(ctx),
    ...invitesApi(ctx),
    ...workspacesApi(ctx),
    ...membersApi(ctx),
    ...rateLimitsApi(ctx),
    ...spendLimitsApi(ctx),
    ...apiKeysApi(ctx),
    ...analyticsApi(ctx),
  });
}

/** Resolves credentials from stack config then the environment, and builds a client. */
export function createAdminClientFromConfig(
  get?: ConfigGetter,
  extra: Omit<AdminClientOptions, "adminKey" | "baseUrl" | "auditLog"> = {},
): AdminClient {
  const config = resolveAdminConfig(get);
  return createAdminClient({ ...extra, adminKey: config.adminKey, baseUrl: config.baseUrl, auditLog: config.auditLog });
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
export type { AuditRecord } from "../audit";
