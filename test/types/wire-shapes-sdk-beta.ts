// The beta SDK's response types (`client.beta.organization`), under the names wire-shapes.ts uses.
export type { BetaOrganization as Organization } from "@anthropic-ai/sdk/resources/beta/organization/organization";
export type { BetaOrganizationUser as User } from "@anthropic-ai/sdk/resources/beta/organization/users";
export type { BetaOrganizationInvite as Invite } from "@anthropic-ai/sdk/resources/beta/organization/invites";
export type { BetaWorkspace as Workspace, BetaWorkspaceMember as WorkspaceMember } from "@anthropic-ai/sdk/resources/beta/organization/workspaces/workspaces";
export type { MemberRemoveResponse as WorkspaceMemberDeleted } from "@anthropic-ai/sdk/resources/beta/organization/workspaces/members";
export type { BetaWorkspaceRateLimit as WorkspaceRateLimit } from "@anthropic-ai/sdk/resources/beta/organization/workspaces/rate-limits";
export type { BetaOrganizationRateLimit as OrganizationRateLimit } from "@anthropic-ai/sdk/resources/beta/organization/rate-limits";
export type { BetaSpendLimit as SpendLimit, BetaSpendSummary as SpendSummary } from "@anthropic-ai/sdk/resources/beta/organization/spend-limits/spend-limits";
export type { BetaAPIKey as ApiKey } from "@anthropic-ai/sdk/resources/beta/organization/api-keys";
export type { BetaComplianceSettings as ComplianceSettings } from "@anthropic-ai/sdk/resources/beta/organization/compliance-settings";
export type { BetaExternalKey as ExternalKey, ExternalKeyValidateResponse as ExternalKeyValidation } from "@anthropic-ai/sdk/resources/beta/organization/external-keys";
export type { BetaServiceAccount as ServiceAccount, BetaServiceAccountWorkspaceMember as ServiceAccountMember } from "@anthropic-ai/sdk/resources/beta/organization/service-accounts/service-accounts";
export type { WorkspaceRemoveResponse as ServiceAccountMemberDeleted } from "@anthropic-ai/sdk/resources/beta/organization/service-accounts/workspaces";
export type { BetaFederationIssuer as FederationIssuer } from "@anthropic-ai/sdk/resources/beta/organization/federation/issuers";
export type { BetaFederationRule as FederationRule, BetaFederationRuleWorkspace as FederationRuleWorkspace } from "@anthropic-ai/sdk/resources/beta/organization/federation/rules/rules";
export type { WorkspaceRemoveResponse as FederationRuleWorkspaceDeleted } from "@anthropic-ai/sdk/resources/beta/organization/federation/rules/workspaces";
export type { BetaRBACGroup as RbacGroup } from "@anthropic-ai/sdk/resources/beta/organization/rbac-groups/rbac-groups";
export type { BetaRBACGroupMember as RbacGroupMember, BetaDeletedRBACGroupMember as RbacGroupMemberDeleted } from "@anthropic-ai/sdk/resources/beta/organization/rbac-groups/members";
export type { BetaRBACRole as RbacRole } from "@anthropic-ai/sdk/resources/beta/organization/rbac-roles/rbac-roles";
export type { BetaRBACRolePermission as RbacRolePermission } from "@anthropic-ai/sdk/resources/beta/organization/rbac-roles/permissions";
export type { BetaTelemetryDestination as TelemetryDestination } from "@anthropic-ai/sdk/resources/beta/organization/telemetry-destinations/telemetry-destinations";
export type {
  BetaOrganizationWebhookEndpoint as WebhookEndpoint, BetaNewOrganizationWebhookEndpoint as NewWebhookEndpoint,
  BetaOrganizationWebhookEndpointSigningSecret as SigningSecret,
} from "@anthropic-ai/sdk/resources/beta/organization/webhooks";
