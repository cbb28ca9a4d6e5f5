/** pulumi-anthropic: an Anthropic organization as Pulumi resources. Everything exported here is public API. */
import { maskSecretsInDebugLog } from "./base/masked-debug-log";

// Before any resource registers: the SDK's debug log would otherwise carry secret outputs in plaintext.
maskSecretsInDebugLog();

export { Workspace, type WorkspaceArgs, type WorkspaceState } from "./resources/workspace";
export { ApiKey, type ApiKeyArgs, type ApiKeyState } from "./resources/api-key";
export { UserInvite, type UserInviteArgs, type UserInviteState } from "./resources/user-invite";
export { WorkspaceMember, type WorkspaceMemberArgs, type WorkspaceMemberState } from "./resources/workspace-member";
export { OrganizationMember, type OrganizationMemberArgs, type OrganizationMemberState } from "./resources/organization-member";
export { ExternalKey, type ExternalKeyArgs, type ExternalKeyProviderConfig, type ExternalKeyState } from "./resources/external-key";
export { ComplianceSettings, type ComplianceSettingsArgs, type ComplianceSettingsState } from "./resources/compliance-settings";
export { RbacGroup, type RbacGroupArgs, type RbacGroupState } from "./resources/rbac-group";
export { RbacGroupMember, type RbacGroupMemberArgs, type RbacGroupMemberState } from "./resources/rbac-group-member";
export {
  WebhookEndpoint, type WebhookEndpointArgs, type WebhookEndpointState, type WebhookEventType,
} from "./resources/webhook-endpoint";
export {
  TelemetryDestination, type TelemetryDestinationArgs, type TelemetryDestinationState, type TelemetryWorkspaces,
} from "./resources/telemetry-destination";
export { ServiceAccount, type ServiceAccountArgs, type ServiceAccountState } from "./resources/service-account";
export {
  ServiceAccountWorkspace, type ServiceAccountWorkspaceArgs, type ServiceAccountWorkspaceState,
} from "./resources/service-account-workspace";
export {
  FederationIssuer, type FederationIssuerArgs, type FederationIssuerState, type FederationJwks,
} from "./resources/federation-issuer";
export {
  FederationRule, type FederationRuleArgs, type FederationRuleMatch, type FederationRuleState,
} from "./resources/federation-rule";
export {
  DeveloperAccess, InvalidComponentArgumentsError,
  type DeveloperAccessArgs, type DeveloperServiceKey, type DeveloperWorkspaceAccess,
} from "./components/developer-access";
// Every data function, in both forms, with its argument and result types.
export * from "./functions";
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
