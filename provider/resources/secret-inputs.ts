import type { ResourceKind } from "../base/kinds";

/**
 * Each kind's inputs whose value may hold key material, declared once for every kind (the type makes a
 * new kind say which of its inputs do). A failure on one of them never shows its value: it is reported
 * on no property (the engine prints `inputs[property]` of a check failure), its reason names the path
 * and the rule and says "(value hidden)", and anything of the value that a reason would quote is
 * masked (check.ts). Check sees Pulumi secrets as plain values, so the declaration is what tells.
 *
 * Kinds with none: their inputs name things (ids, emails, roles, URLs, KMS key names and ARNs, which
 * only point at a key held in the customer's cloud) and are shown in every preview anyway.
 */
export const SECRET_INPUTS: Record<ResourceKind, readonly string[]> = {
  // An adopted key's value; keepers are free values a program may take from a secret (a rotation token).
  ApiKey: ["key", "keepers"],
  // The signing secret (given to `get`), and keepers as for ApiKey.
  WebhookEndpoint: ["signingSecret", "keepers"],
  // Header values are credentials (an authorization token) sent with every delivery.
  TelemetryDestination: ["headers"],
  // The keys are meant to be public, but a private JWK (`d`, a symmetric `k`) is exactly what check refuses.
  FederationIssuer: ["jwks"],
  Workspace: [],
  UserInvite: [],
  WorkspaceMember: [],
  OrganizationMember: [],
  ExternalKey: [],
  ComplianceSettings: [],
  RbacGroup: [],
  RbacGroupMember: [],
  ServiceAccount: [],
  ServiceAccountWorkspace: [],
  FederationRule: [],
};
