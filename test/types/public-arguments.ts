// Type-checked by `npm test` (tsconfig.check.json), never run. The package's public argument types are
// plain interfaces, so that its typings carry no zod types; the zod schemas check the same arguments at
// run time. Here the two are held field by field to the same shape: a field added, dropped, retyped
// or made optional on one side only fails the type check.
import type * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import type * as pub from "../../provider";
import type { spendBudget as budget } from "../../provider/functions/declarations/budget";
import type { checkSpend as spend } from "../../provider/functions/declarations/spend";
import type { getApiKeys as apiKeys } from "../../provider/functions/declarations/api-keys";
import type { getEffectiveSpendLimits as effectiveSpend } from "../../provider/functions/declarations/effective-spend";
import type { getFederationIssuers as issuers, getFederationRules as rules } from "../../provider/functions/declarations/federation";
import type { getInvites as invites } from "../../provider/functions/declarations/invites";
import type { getOrganization as organization } from "../../provider/functions/declarations/organization";
import type { getRateLimits as rateLimits } from "../../provider/functions/declarations/rate-limits";
import type { getRbacGroups as rbacGroups, getRbacRoles as rbacRoles } from "../../provider/functions/declarations/rbac";
import type { getServiceAccounts as serviceAccounts } from "../../provider/functions/declarations/service-accounts";
import type { getTelemetryDestinations as telemetry } from "../../provider/functions/declarations/telemetry-destinations";
import type { getUsers as users } from "../../provider/functions/declarations/users";
import type { getWebhooks as webhooks } from "../../provider/functions/declarations/webhooks";
import type { getWorkspaces as workspaces } from "../../provider/functions/declarations/workspaces";
import type { getUsage as usage } from "../../provider/functions/declarations/usage";
import type * as workspaceKind from "../../provider/resources/workspace/schema";
import type * as workspaceGenerated from "../../provider/resources/workspace/generated";
import type * as apiKeyKind from "../../provider/resources/api-key/schema";
import type * as apiKeyGenerated from "../../provider/resources/api-key/generated";
import type * as userInviteKind from "../../provider/resources/user-invite/schema";
import type * as userInviteGenerated from "../../provider/resources/user-invite/generated";
import type * as workspaceMemberKind from "../../provider/resources/workspace-member/schema";
import type * as workspaceMemberGenerated from "../../provider/resources/workspace-member/generated";
import type * as organizationMemberKind from "../../provider/resources/organization-member/schema";
import type * as organizationMemberGenerated from "../../provider/resources/organization-member/generated";
import type * as externalKeyKind from "../../provider/resources/external-key/schema";
import type * as externalKeyGenerated from "../../provider/resources/external-key/generated";
import type * as complianceSettingsKind from "../../provider/resources/compliance-settings/schema";
import type * as complianceSettingsGenerated from "../../provider/resources/compliance-settings/generated";
import type * as rbacGroupKind from "../../provider/resources/rbac-group/schema";
import type * as rbacGroupGenerated from "../../provider/resources/rbac-group/generated";
import type * as rbacGroupMemberKind from "../../provider/resources/rbac-group-member/schema";
import type * as rbacGroupMemberGenerated from "../../provider/resources/rbac-group-member/generated";
import type * as webhookEndpointKind from "../../provider/resources/webhook-endpoint/schema";
import type * as webhookEndpointGenerated from "../../provider/resources/webhook-endpoint/generated";
import type * as telemetryDestinationKind from "../../provider/resources/telemetry-destination/schema";
import type * as telemetryDestinationGenerated from "../../provider/resources/telemetry-destination/generated";
import type * as serviceAccountKind from "../../provider/resources/service-account/schema";
import type * as serviceAccountGenerated from "../../provider/resources/service-account/generated";
import type * as serviceAccountWorkspaceKind from "../../provider/resources/service-account-workspace/schema";
import type * as serviceAccountWorkspaceGenerated from "../../provider/resources/service-account-workspace/generated";
import type * as federationIssuerKind from "../../provider/resources/federation-issuer/schema";
import type * as federationIssuerGenerated from "../../provider/resources/federation-issuer/generated";
import type * as federationRuleKind from "../../provider/resources/federation-rule/schema";
import type * as federationRuleGenerated from "../../provider/resources/federation-rule/generated";
import type { RateLimiterName } from "../../provider/resources/workspace/rate-limiters";

/** True only when A and B are the same type (not merely assignable to each other). */
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** One object type with the same fields, so that an interface and an intersection compare equal. */
type Flat<T> = { [K in keyof T]: T[K] };

// Data functions: the plain interface is exactly the schema's input (generated from it: this holds the
// generator to it).
/** What a declaration's argument schema takes. */
type In<D extends { args: z.ZodType }> = z.input<D["args"]>;
export const getUsers: Equals<Flat<pub.GetUsersArgs>, Flat<In<typeof users>>> = true;
export const getWorkspaces: Equals<Flat<pub.GetWorkspacesArgs>, Flat<In<typeof workspaces>>> = true;
export const getApiKeys: Equals<Flat<pub.GetApiKeysArgs>, Flat<In<typeof apiKeys>>> = true;
export const getInvites: Equals<Flat<pub.GetInvitesArgs>, Flat<In<typeof invites>>> = true;
export const getOrganization: Equals<Flat<pub.GetOrganizationArgs>, Flat<In<typeof organization>>> = true;
export const checkSpend: Equals<Flat<pub.CheckSpendArgs>, Flat<In<typeof spend>>> = true;
export const spendBudget: Equals<Flat<pub.SpendBudgetPlainArgs>, Flat<In<typeof budget>>> = true;
export const getUsage: Equals<Flat<pub.GetUsageArgs>, Flat<In<typeof usage>>> = true;
export const getRateLimits: Equals<Flat<pub.GetRateLimitsArgs>, Flat<In<typeof rateLimits>>> = true;
export const getEffectiveSpendLimits: Equals<Flat<pub.GetEffectiveSpendLimitsArgs>, Flat<In<typeof effectiveSpend>>> = true;
export const getWebhooks: Equals<Flat<pub.GetWebhooksArgs>, Flat<In<typeof webhooks>>> = true;
export const getTelemetryDestinations: Equals<Flat<pub.GetTelemetryDestinationsArgs>, Flat<In<typeof telemetry>>> = true;
export const getRbacRoles: Equals<Flat<pub.GetRbacRolesArgs>, Flat<In<typeof rbacRoles>>> = true;
export const getRbacGroups: Equals<Flat<pub.GetRbacGroupsArgs>, Flat<In<typeof rbacGroups>>> = true;
export const getServiceAccounts: Equals<Flat<pub.GetServiceAccountsArgs>, Flat<In<typeof serviceAccounts>>> = true;
export const getFederationIssuers: Equals<Flat<pub.GetFederationIssuersArgs>, Flat<In<typeof issuers>>> = true;
export const getFederationRules: Equals<Flat<pub.GetFederationRulesArgs>, Flat<In<typeof rules>>> = true;

/** The Output form takes the plain form's fields, each as an Input. */
type AsInputs<T> = { [K in keyof T]: pulumi.Input<T[K]> };
type OutputFormOf<Plain, OutputArgs> = Equals<Flat<pulumi.Unwrap<OutputArgs>>, Flat<pulumi.Unwrap<AsInputs<Plain>>>>;
export const getUsersOutput: OutputFormOf<pub.GetUsersArgs, pub.GetUsersOutputArgs> = true;
export const getWorkspacesOutput: OutputFormOf<pub.GetWorkspacesArgs, pub.GetWorkspacesOutputArgs> = true;
export const getApiKeysOutput: OutputFormOf<pub.GetApiKeysArgs, pub.GetApiKeysOutputArgs> = true;
export const getInvitesOutput: OutputFormOf<pub.GetInvitesArgs, pub.GetInvitesOutputArgs> = true;
export const getOrganizationOutput: OutputFormOf<pub.GetOrganizationArgs, pub.GetOrganizationOutputArgs> = true;
export const checkSpendOutput: OutputFormOf<pub.CheckSpendArgs, pub.CheckSpendOutputArgs> = true;
export const spendBudgetOutput: OutputFormOf<pub.SpendBudgetPlainArgs, pub.SpendBudgetArgs> = true;
export const getUsageOutput: OutputFormOf<pub.GetUsageArgs, pub.GetUsageOutputArgs> = true;
export const getRateLimitsOutput: OutputFormOf<pub.GetRateLimitsArgs, pub.GetRateLimitsOutputArgs> = true;
export const getEffectiveSpendLimitsOutput: OutputFormOf<pub.GetEffectiveSpendLimitsArgs, pub.GetEffectiveSpendLimitsOutputArgs> = true;
export const getWebhooksOutput: OutputFormOf<pub.GetWebhooksArgs, pub.GetWebhooksOutputArgs> = true;
export const getTelemetryDestinationsOutput: OutputFormOf<pub.GetTelemetryDestinationsArgs, pub.GetTelemetryDestinationsOutputArgs> = true;
export const getRbacRolesOutput: OutputFormOf<pub.GetRbacRolesArgs, pub.GetRbacRolesOutputArgs> = true;
export const getRbacGroupsOutput: OutputFormOf<pub.GetRbacGroupsArgs, pub.GetRbacGroupsOutputArgs> = true;
export const getServiceAccountsOutput: OutputFormOf<pub.GetServiceAccountsArgs, pub.GetServiceAccountsOutputArgs> = true;
export const getFederationIssuersOutput: OutputFormOf<pub.GetFederationIssuersArgs, pub.GetFederationIssuersOutputArgs> = true;
export const getFederationRulesOutput: OutputFormOf<pub.GetFederationRulesArgs, pub.GetFederationRulesOutputArgs> = true;

/**
 * A value with every Input (Output, Promise) inside it replaced by the plain value, in one form for
 * arrays and objects (`pulumi.Unwrap` has its own array and object types, never equal to a schema's).
 */
type Plain<T> =
  T extends pulumi.OutputInstance<infer U> | Promise<infer U>
    ? Plain<U>
    : T extends readonly (infer E)[]
      ? Plain<E>[]
      : T extends object
        ? { [K in keyof T]: Plain<T[K]> }
        : T;

// Resources: the generated arguments, each unwrapped from its Input, are exactly what the kind's declared
// schema accepts as input (with its checked-apart inputs), but for the fields the class fills in when
// left out (the logical name: optional here, required by the check). `organization` is not in the
// kinds' schemas: every kind passes it through to its organization scope.
type Declared<K extends { declaration: { inputs: z.ZodType; checkedApart?: z.ZodType } }> = z.input<K["declaration"]["inputs"]> &
  ([K["declaration"]["checkedApart"]] extends [undefined] ? unknown : z.input<NonNullable<K["declaration"]["checkedApart"]>>);
type Filled<T, D extends PropertyKey> = Omit<T, D> & Partial<Pick<T, D & keyof T>>;
type SameInputs<Args, K extends { declaration: { inputs: z.ZodType } }, D extends PropertyKey> = Equals<
  Flat<Plain<Omit<Args, "organization">>>,
  Flat<Plain<Filled<Declared<K>, D>>>
>;
export const workspace: SameInputs<pub.WorkspaceArgs, typeof workspaceKind, workspaceGenerated.Defaulted> = true;
export const apiKey: SameInputs<pub.ApiKeyArgs, typeof apiKeyKind, apiKeyGenerated.Defaulted> = true;
export const userInvite: SameInputs<pub.UserInviteArgs, typeof userInviteKind, userInviteGenerated.Defaulted> = true;
export const workspaceMember: SameInputs<pub.WorkspaceMemberArgs, typeof workspaceMemberKind, workspaceMemberGenerated.Defaulted> = true;
export const organizationMember: SameInputs<pub.OrganizationMemberArgs, typeof organizationMemberKind, organizationMemberGenerated.Defaulted> = true;
export const externalKey: SameInputs<pub.ExternalKeyArgs, typeof externalKeyKind, externalKeyGenerated.Defaulted> = true;
export const complianceSettings: SameInputs<pub.ComplianceSettingsArgs, typeof complianceSettingsKind, complianceSettingsGenerated.Defaulted> = true;
export const rbacGroup: SameInputs<pub.RbacGroupArgs, typeof rbacGroupKind, rbacGroupGenerated.Defaulted> = true;
export const rbacGroupMember: SameInputs<pub.RbacGroupMemberArgs, typeof rbacGroupMemberKind, rbacGroupMemberGenerated.Defaulted> = true;
export const webhookEndpoint: SameInputs<pub.WebhookEndpointArgs, typeof webhookEndpointKind, webhookEndpointGenerated.Defaulted> = true;
export const telemetryDestination: SameInputs<pub.TelemetryDestinationArgs, typeof telemetryDestinationKind, telemetryDestinationGenerated.Defaulted> = true;
export const serviceAccount: SameInputs<pub.ServiceAccountArgs, typeof serviceAccountKind, serviceAccountGenerated.Defaulted> = true;
export const serviceAccountWorkspace: SameInputs<pub.ServiceAccountWorkspaceArgs, typeof serviceAccountWorkspaceKind, serviceAccountWorkspaceGenerated.Defaulted> = true;
export const federationIssuer: SameInputs<pub.FederationIssuerArgs, typeof federationIssuerKind, federationIssuerGenerated.Defaulted> = true;
export const federationRule: SameInputs<pub.FederationRuleArgs, typeof federationRuleKind, federationRuleGenerated.Defaulted> = true;
export const rateLimiters: Equals<keyof NonNullable<Plain<pub.WorkspaceArgs["rateLimits"]>>, RateLimiterName> = true;

// Every resource's state names every field of its arguments (as an optional Input) and `organization`.
type StateCovers<Args, State> = Exclude<keyof Args, keyof State> extends never ? true : false;
export const workspaceState: StateCovers<pub.WorkspaceArgs, pub.WorkspaceState> = true;
export const apiKeyState: StateCovers<pub.ApiKeyArgs, pub.ApiKeyState> = true;
export const userInviteState: StateCovers<pub.UserInviteArgs, pub.UserInviteState> = true;
export const workspaceMemberState: StateCovers<pub.WorkspaceMemberArgs, pub.WorkspaceMemberState> = true;
export const organizationMemberState: StateCovers<pub.OrganizationMemberArgs, pub.OrganizationMemberState> = true;
export const externalKeyState: StateCovers<pub.ExternalKeyArgs, pub.ExternalKeyState> = true;
export const complianceSettingsState: StateCovers<pub.ComplianceSettingsArgs, pub.ComplianceSettingsState> = true;
export const rbacGroupState: StateCovers<pub.RbacGroupArgs, pub.RbacGroupState> = true;
export const rbacGroupMemberState: StateCovers<pub.RbacGroupMemberArgs, pub.RbacGroupMemberState> = true;
export const webhookEndpointState: StateCovers<pub.WebhookEndpointArgs, pub.WebhookEndpointState> = true;
export const telemetryDestinationState: StateCovers<pub.TelemetryDestinationArgs, pub.TelemetryDestinationState> = true;
export const serviceAccountState: StateCovers<pub.ServiceAccountArgs, pub.ServiceAccountState> = true;
export const serviceAccountWorkspaceState: StateCovers<pub.ServiceAccountWorkspaceArgs, pub.ServiceAccountWorkspaceState> = true;
export const federationIssuerState: StateCovers<pub.FederationIssuerArgs, pub.FederationIssuerState> = true;
export const federationRuleState: StateCovers<pub.FederationRuleArgs, pub.FederationRuleState> = true;
