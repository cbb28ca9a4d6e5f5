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
export { getOrganization, getOrganizationOutput, type OrganizationInfo } from "./organization";
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
export { checkSpend, checkSpendOutput, type CheckSpendArgs, type CheckSpendOutputArgs, type CheckSpendResult } from "./spend";
export { InvalidArgumentsError, type ArgumentProblem } from "./arguments";
