/** pulumi-anthropic: an Anthropic organization as Pulumi resources. Everything exported here is public API. */
export { Workspace, type WorkspaceArgs } from "./resources/workspace";
export { ApiKey, type ApiKeyArgs } from "./resources/api-key";
export { UserInvite, type UserInviteArgs } from "./resources/user-invite";
export { WorkspaceMember, type WorkspaceMemberArgs } from "./resources/workspace-member";
export { OrganizationMember, type OrganizationMemberArgs } from "./resources/organization-member";
export {
  AnthropicAdminError,
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
