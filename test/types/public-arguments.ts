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
import type { apiKeyInputs } from "../../provider/resources/api-key/schema";
import type { organizationMemberInputs } from "../../provider/resources/organization-member/schema";
import type { userInviteInputs } from "../../provider/resources/user-invite/schema";
import type { workspaceMemberInputs } from "../../provider/resources/workspace-member/schema";
import type { RateLimiterName, workspaceInputs } from "../../provider/resources/workspace/schema";

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

// Resources: the arguments, each unwrapped from its Input, are exactly what the input schema accepts
// (its output type: the role fields take `unknown` as input, to word their own errors). `organization`
// is not in the kinds' schemas: every kind passes it through to its organization scope.
type SameInputs<Args, Schema extends z.ZodType> = Equals<Flat<Plain<Omit<Args, "organization">>>, Flat<Plain<z.output<Schema>>>>;
export const workspace: SameInputs<pub.WorkspaceArgs, typeof workspaceInputs> = true;
export const apiKey: SameInputs<pub.ApiKeyArgs, typeof apiKeyInputs> = true;
export const userInvite: SameInputs<pub.UserInviteArgs, typeof userInviteInputs> = true;
export const workspaceMember: SameInputs<pub.WorkspaceMemberArgs, typeof workspaceMemberInputs> = true;
export const organizationMember: SameInputs<pub.OrganizationMemberArgs, typeof organizationMemberInputs> = true;
export const rateLimiters: Equals<keyof NonNullable<Plain<pub.WorkspaceArgs["rateLimits"]>>, RateLimiterName> = true;

// Every resource's state names every field of its arguments (as an optional Input) and `organization`.
type StateCovers<Args, State> = Exclude<keyof Args, keyof State> extends never ? true : false;
export const workspaceState: StateCovers<pub.WorkspaceArgs, pub.WorkspaceState> = true;
export const apiKeyState: StateCovers<pub.ApiKeyArgs, pub.ApiKeyState> = true;
export const userInviteState: StateCovers<pub.UserInviteArgs, pub.UserInviteState> = true;
export const workspaceMemberState: StateCovers<pub.WorkspaceMemberArgs, pub.WorkspaceMemberState> = true;
export const organizationMemberState: StateCovers<pub.OrganizationMemberArgs, pub.OrganizationMemberState> = true;
