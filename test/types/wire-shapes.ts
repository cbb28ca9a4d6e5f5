// Type-checked by `npm test` (tsconfig.check.json), never run. Every response schema of the client takes
// every object the official SDK declares for its route, in the beta shape (`client.beta.organization`)
// and in the non-beta one (`client.organization`) where the SDK has one: a schema that requires a field
// one of them lacks (as FederationRuleSchema required `workspace_id` and `attributes`, which the
// non-beta FederationRule has not) fails this check, instead of refusing a server's answer after it acted.
import type { z } from "zod";
import type * as beta from "./wire-shapes-sdk-beta";
import type * as ga from "./wire-shapes-sdk";
import type { ComplianceSettingsSchema } from "../../provider/client/compliance";
import type { ExternalKeySchema, ExternalKeyValidationSchema } from "../../provider/client/external-keys";
import type {
  FederationIssuerSchema, FederationRuleSchema, FederationRuleWorkspaceDeletedSchema, FederationRuleWorkspaceSchema,
  ServiceAccountMemberDeletedSchema, ServiceAccountMemberSchema, ServiceAccountSchema,
} from "../../provider/client/federation-schemas";
import type { RbacGroupMemberDeletedSchema, RbacGroupMemberSchema, RbacGroupSchema, RbacRolePermissionSchema, RbacRoleSchema } from "../../provider/client/rbac";
import type {
  ApiKeySchema, InviteSchema, OrganizationRateLimitSchema, OrganizationSchema, SpendLimitSchema, SpendSummarySchema, UserSchema,
  WorkspaceMemberDeletedSchema, WorkspaceMemberSchema, WorkspaceRateLimitSchema, WorkspaceSchema,
} from "../../provider/client/schemas";
import type { TelemetryDestinationSchema } from "../../provider/client/telemetry-schemas";
import type { NewWebhookEndpointSchema, SigningSecretSchema, WebhookEndpointSchema } from "../../provider/client/webhook-schemas";

/** The SDK's interface as a plain object type (an interface is not assignable to an index signature). */
type Plain<T> = T extends readonly (infer U)[] ? Plain<U>[] : T extends object ? { [K in keyof T]: Plain<T[K]> } : T;
/** Compiles only when every object of each SDK type is an object the schema takes. */
type Takes<S extends z.ZodType, T extends Plain<unknown>> = [Plain<T>] extends [z.input<S>] ? true : { schema: S; refuses: Plain<T> };
type Holds<T extends true> = T;

export type Checked = [
  Holds<Takes<typeof OrganizationSchema, beta.Organization | ga.Organization>>,
  Holds<Takes<typeof UserSchema, beta.User | ga.User>>,
  Holds<Takes<typeof InviteSchema, beta.Invite | ga.Invite>>,
  Holds<Takes<typeof WorkspaceSchema, beta.Workspace | ga.Workspace>>,
  Holds<Takes<typeof WorkspaceMemberSchema, beta.WorkspaceMember | ga.WorkspaceMember>>,
  Holds<Takes<typeof WorkspaceMemberDeletedSchema, beta.WorkspaceMemberDeleted | ga.WorkspaceMemberDeleted>>,
  Holds<Takes<typeof WorkspaceRateLimitSchema, beta.WorkspaceRateLimit | ga.WorkspaceRateLimit>>,
  Holds<Takes<typeof OrganizationRateLimitSchema, beta.OrganizationRateLimit | ga.OrganizationRateLimit>>,
  Holds<Takes<typeof SpendLimitSchema, beta.SpendLimit | ga.SpendLimit>>,
  Holds<Takes<typeof SpendSummarySchema, beta.SpendSummary | ga.SpendSummary>>,
  Holds<Takes<typeof ApiKeySchema, beta.ApiKey | ga.ApiKey>>,
  Holds<Takes<typeof ComplianceSettingsSchema, beta.ComplianceSettings | ga.ComplianceSettings>>,
  Holds<Takes<typeof ExternalKeySchema, beta.ExternalKey | ga.ExternalKey>>,
  Holds<Takes<typeof ExternalKeyValidationSchema, beta.ExternalKeyValidation | ga.ExternalKeyValidation>>,
  Holds<Takes<typeof ServiceAccountSchema, beta.ServiceAccount | ga.ServiceAccount>>,
  Holds<Takes<typeof ServiceAccountMemberSchema, beta.ServiceAccountMember | ga.ServiceAccountMember>>,
  Holds<Takes<typeof ServiceAccountMemberDeletedSchema, beta.ServiceAccountMemberDeleted | ga.ServiceAccountMemberDeleted>>,
  Holds<Takes<typeof FederationIssuerSchema, beta.FederationIssuer | ga.FederationIssuer>>,
  Holds<Takes<typeof FederationRuleSchema, beta.FederationRule | ga.FederationRule>>,
  Holds<Takes<typeof FederationRuleWorkspaceSchema, beta.FederationRuleWorkspace | ga.FederationRuleWorkspace>>,
  Holds<Takes<typeof FederationRuleWorkspaceDeletedSchema, beta.FederationRuleWorkspaceDeleted | ga.FederationRuleWorkspaceDeleted>>,
  Holds<Takes<typeof RbacGroupSchema, beta.RbacGroup | ga.RbacGroup>>,
  Holds<Takes<typeof RbacGroupMemberSchema, beta.RbacGroupMember | ga.RbacGroupMember>>,
  Holds<Takes<typeof RbacGroupMemberDeletedSchema, beta.RbacGroupMemberDeleted | ga.RbacGroupMemberDeleted>>,
  Holds<Takes<typeof RbacRoleSchema, beta.RbacRole | ga.RbacRole>>,
  Holds<Takes<typeof RbacRolePermissionSchema, beta.RbacRolePermission | ga.RbacRolePermission>>,
  // Beta only: the SDK has no non-beta webhooks or telemetry destinations.
  Holds<Takes<typeof TelemetryDestinationSchema, beta.TelemetryDestination>>,
  Holds<Takes<typeof WebhookEndpointSchema, beta.WebhookEndpoint>>,
  Holds<Takes<typeof NewWebhookEndpointSchema, beta.NewWebhookEndpoint>>,
  Holds<Takes<typeof SigningSecretSchema, beta.SigningSecret>>,
];
