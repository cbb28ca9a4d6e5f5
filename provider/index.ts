/** pulumi-anthropic: an Anthropic organization as Pulumi resources. Everything exported here is public API. */
export { Workspace, type WorkspaceArgs } from "./resources/workspace";
export { ApiKey, type ApiKeyArgs } from "./resources/api-key";
export { UserInvite, type UserInviteArgs } from "./resources/user-invite";
export { WorkspaceMember, type WorkspaceMemberArgs } from "./resources/workspace-member";
export { OrganizationMember, type OrganizationMemberArgs } from "./resources/organization-member";
export {
  DeveloperAccess, InvalidComponentArgumentsError,
  type DeveloperAccessArgs, type DeveloperServiceKey, type DeveloperWorkspaceAccess,
} from "./components/developer-access";
export {
  getOrganization, getOrganizationOutput, getUsers, getUsersOutput, getWorkspaces, getWorkspacesOutput,
  getApiKeys, getApiKeysOutput, getInvites, getInvitesOutput, getUsage, getUsageOutput, checkSpend, checkSpendOutput,
  InvalidArgumentsError,
  type OrganizationInfo, type UserInfo, type WorkspaceInfo, type ApiKeyInfo, type InviteInfo,
  type GetUsersArgs, type GetUsersOutputArgs, type GetUsersResult,
  type GetWorkspacesArgs, type GetWorkspacesOutputArgs, type GetWorkspacesResult,
  type GetApiKeysArgs, type GetApiKeysOutputArgs, type GetApiKeysResult,
  type GetInvitesArgs, type GetInvitesOutputArgs, type GetInvitesResult,
  type GetUsageArgs, type GetUsageOutputArgs, type GetUsageResult, type Granularity,
  type ModelUsage, type TokenCounts, type UsageFigures, type UsageRow, type UsageTotals,
  type CheckSpendArgs, type CheckSpendOutputArgs, type CheckSpendResult, type ArgumentProblem,
} from "./functions";
export {
  AnthropicAdminError,
  ConfigurationError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InvalidRequestError,
  KeyCreationUnsupportedError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
} from "./client/errors";
