/**
 * Read-only data functions. Each has a plain form (`getUsers(args?, opts?) => Promise`) for programs
 * with plain values and an `...Output` form that takes Inputs and returns an Output. They call the
 * Admin API from the program itself (not through the engine), with the credentials of
 * `anthropic:adminKey` / `anthropic:baseUrl` / `anthropic:auditLog`, then the environment. The
 * plain form's `opts` is accepted for the Pulumi calling convention and otherwise unused; the Output
 * form honours `dependsOn`.
 *
 * What a function does (its zod argument schema, the HTTP client) is in `calls/`, loaded by `import()`
 * on its first call: a program that imports the package but calls no function loads neither zod nor
 * undici. (`import()` rather than `require()`: it also resolves the TypeScript sources the tests load.)
 */
export {
  getOrganization, getOrganizationOutput, type GetOrganizationArgs, type GetOrganizationOutputArgs, type OrganizationInfo,
} from "./organization";
export { getUsers, getUsersOutput, type GetUsersArgs, type GetUsersOutputArgs, type GetUsersResult, type UserInfo } from "./users";
export {
  getWorkspaces, getWorkspacesOutput, type GetWorkspacesArgs, type GetWorkspacesOutputArgs, type GetWorkspacesResult,
  type WorkspaceInfo,
} from "./workspaces";
export {
  getApiKeys, getApiKeysOutput, type ApiKeyInfo, type GetApiKeysArgs, type GetApiKeysOutputArgs, type GetApiKeysResult,
} from "./api-keys";
export {
  getInvites, getInvitesOutput, type GetInvitesArgs, type GetInvitesOutputArgs, type GetInvitesResult, type InviteInfo,
} from "./invites";
export {
  getUsage, getUsageOutput, type GetUsageArgs, type GetUsageOutputArgs, type GetUsageResult, type Granularity,
  type ModelUsage, type TokenCounts, type UsageFigures, type UsageRow, type UsageTotals,
} from "./usage";
export {
  checkSpend, checkSpendOutput, type CheckSpendArgs, type CheckSpendOutputArgs, type CheckSpendResult, type SpendPeriod,
  type SpendScopeArgs, type SpendScopeOutputArgs,
} from "./spend";
export {
  getEffectiveSpendLimits, getEffectiveSpendLimitsOutput, type EffectiveSpendLimit, type GetEffectiveSpendLimitsArgs,
  type GetEffectiveSpendLimitsOutputArgs, type GetEffectiveSpendLimitsResult, type SpendLimitPeriod, type SpendLimitScopeInfo,
} from "./effective-spend";
export {
  getRateLimits, getRateLimitsOutput, type GetRateLimitsArgs, type GetRateLimitsOutputArgs, type GetRateLimitsResult,
  type RateLimitGroup, type RateLimitGroupType,
} from "./rate-limits";
export {
  getWebhooks, getWebhooksOutput, type GetWebhooksArgs, type GetWebhooksOutputArgs, type GetWebhooksResult, type WebhookInfo,
} from "./webhooks";
export {
  getTelemetryDestinations, getTelemetryDestinationsOutput, type GetTelemetryDestinationsArgs,
  type GetTelemetryDestinationsOutputArgs, type GetTelemetryDestinationsResult, type TelemetryDestinationInfo,
} from "./telemetry-destinations";
export {
  getRbacRoles, getRbacRolesOutput, getRbacGroups, getRbacGroupsOutput,
  type GetRbacRolesArgs, type GetRbacRolesOutputArgs, type GetRbacRolesResult, type RbacRoleInfo, type RbacPermissionInfo,
  type GetRbacGroupsArgs, type GetRbacGroupsOutputArgs, type GetRbacGroupsResult, type RbacGroupInfo, type RbacGroupMemberInfo,
} from "./rbac";
export {
  getServiceAccounts, getServiceAccountsOutput, type GetServiceAccountsArgs, type GetServiceAccountsOutputArgs,
  type GetServiceAccountsResult, type ServiceAccountInfo, type ServiceAccountWorkspaceInfo,
} from "./service-accounts";
export {
  getFederationIssuers, getFederationIssuersOutput, getFederationRules, getFederationRulesOutput,
  type GetFederationIssuersArgs, type GetFederationIssuersOutputArgs, type GetFederationIssuersResult, type FederationIssuerInfo,
  type FederationJwksInfo, type GetFederationRulesArgs, type GetFederationRulesOutputArgs, type GetFederationRulesResult,
  type FederationRuleInfo,
} from "./federation";
export { InvalidArgumentsError, type ArgumentProblem } from "./invalid-arguments";
export {
  spendBudget, SpendBudgetExceededError, type BudgetAction, type BudgetMeasure, type BudgetState, type SpendBudget,
  type SpendBudgetArgs, type SpendBudgetPlainArgs, type SpendBudgetStatus,
} from "./budget";
