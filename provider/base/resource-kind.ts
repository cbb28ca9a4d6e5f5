/**
 * The resource kinds, by the names their classes and errors use. A leaf: the credential table
 * (credentials/endpoints.ts) is keyed by kind below the resources and the shim that register them.
 */
/** The resource kinds this package implements. */
export type ResourceKind =
  | "Workspace" | "ApiKey" | "UserInvite" | "WorkspaceMember" | "OrganizationMember"
  | "ExternalKey" | "ComplianceSettings" | "RbacGroup" | "RbacGroupMember"
  | "WebhookEndpoint" | "TelemetryDestination"
  | "ServiceAccount" | "ServiceAccountWorkspace" | "FederationIssuer" | "FederationRule";
