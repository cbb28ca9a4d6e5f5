// A user's program, compiled (never run) by typings.test.ts against the packed package under each
// module resolution, and by the repository's type check against the build. It uses every public
// resource, state type, `get`, `isInstance`, the component and every function in both forms, with the
// types a user would write down, so a typing that changes shape fails to compile here.
import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";
import { ApiKey, Workspace, type WorkspaceArgs } from "pulumi-anthropic";

const sandbox = "sandbox";

// Resources, with their documented inputs, and the outputs they declare.
const prodArgs: WorkspaceArgs = {
  name: "Production",
  displayColor: "#6C5BB9",
  tags: { team: "platform" },
  allowedInferenceGeos: ["us"],
  defaultInferenceGeo: "us",
  spendLimit: { monthlyUsd: 5000 },
  rateLimits: { requestsPerMinute: 1000, outputTokensPerMinute: pulumi.output(80_000) },
  organization: sandbox,
};
export const prod = new Workspace("prod", prodArgs);
export const prodName: pulumi.Output<string> = prod.name;
export const portal = new ApiKey("portal", { workspaceId: prod.id, keepers: { rotation: 1 }, organization: sandbox });
export const portalKey: pulumi.Output<string | null> = portal.key;
export const portalFields: [pulumi.Output<string>, pulumi.Output<"active" | "inactive">, pulumi.Output<string | null>, pulumi.Output<string | undefined>] = [
  portal.workspaceId,
  portal.status,
  portal.partialKeyHint,
  portal.expiresAt,
];
export const consoleKey = new anthropic.ApiKey("console", { adoptId: "apikey_01", key: pulumi.secret("sk-ant-api03-x"), revokeOnDelete: false });
export const bob = new anthropic.UserInvite("bob", { email: "bob@example.com", role: "developer", groups: ["rbac_group_1"] });
export const bobStatus: pulumi.Output<"pending" | "accepted" | "expired" | "deleted"> = bob.status;
export const bobFields: [pulumi.Output<string>, pulumi.Output<string>, pulumi.Output<string[] | undefined>, pulumi.Output<string>] = [
  bob.email,
  bob.role,
  bob.groups,
  bob.expiresAt,
];
export const alice = new anthropic.OrganizationMember("alice", { email: "alice@example.com", role: "user", revokeKeysOnDelete: false });
export const aliceFields: pulumi.Output<string>[] = [alice.userId, alice.email, alice.name, alice.role];
export const aliceProd = new anthropic.WorkspaceMember("alice-prod", { workspaceId: prod.id, userId: alice.userId, role: "workspace_developer" });
export const aliceProdFields: pulumi.Output<string>[] = [aliceProd.workspaceId, aliceProd.userId, aliceProd.role];

// State types and get(name, id, state?, opts?), with and without state and options.
const workspaceState: anthropic.WorkspaceState = { name: "Production", organization: sandbox };
const apiKeyState: anthropic.ApiKeyState = { key: pulumi.secret("sk-ant-api03-x"), partialKeyHint: "sk-ant-api03-x...x", organization: sandbox };
const inviteState: anthropic.UserInviteState = { status: "pending", organization: pulumi.output(sandbox) };
const membershipState: anthropic.WorkspaceMemberState = { role: "workspace_admin" };
const memberState: anthropic.OrganizationMemberState = { email: "alice@example.com", organization: sandbox };
export const read: [Workspace, ApiKey, anthropic.UserInvite, anthropic.WorkspaceMember, anthropic.OrganizationMember] = [
  anthropic.Workspace.get("default", "wrkspc_01", workspaceState, { protect: true }),
  anthropic.ApiKey.get("ci", pulumi.output("apikey_01"), apiKeyState),
  anthropic.UserInvite.get("old-invite", "invite_01", inviteState, { parent: prod }),
  anthropic.WorkspaceMember.get("membership", aliceProd.id, membershipState),
  anthropic.OrganizationMember.get("carol", "user_01", memberState, { dependsOn: [prod] }),
];
export const readWithoutState = [anthropic.Workspace.get("plain", "wrkspc_02"), anthropic.ApiKey.get("no-state", "apikey_02", undefined, {})];

// isInstance narrows what it recognises.
export function outputOf(resource: unknown): pulumi.Output<string> | undefined {
  if (anthropic.Workspace.isInstance(resource)) return resource.name;
  if (anthropic.ApiKey.isInstance(resource)) return resource.workspaceId;
  if (anthropic.UserInvite.isInstance(resource)) return resource.email;
  if (anthropic.WorkspaceMember.isInstance(resource)) return resource.role;
  if (anthropic.OrganizationMember.isInstance(resource)) return resource.userId;
  return undefined;
}
export const isCustom: boolean = pulumi.CustomResource.isInstance(prod) && anthropic.Workspace.isInstance(prod);

// The component.
const accessArgs: anthropic.DeveloperAccessArgs = {
  email: "carol@example.com",
  role: "developer",
  workspaces: [{ workspaceId: prod.id, role: "workspace_admin" }],
  apiKey: { workspaceId: prod.id, name: "carol-service", keepers: { rotation: 1 } },
  revokeKeysOnDelete: true,
};
export const carol = new anthropic.DeveloperAccess("carol", accessArgs);
export const carolOutputs: [pulumi.Output<"invited" | "active">, pulumi.Output<string | undefined>, pulumi.Output<string[]>, pulumi.Output<string | undefined>] = [
  carol.status,
  carol.userId,
  carol.workspaceMemberIds,
  carol.key,
];
const workspaceAccess: anthropic.DeveloperWorkspaceAccess = { workspaceId: "wrkspc_01" };
const serviceKey: anthropic.DeveloperServiceKey = { workspaceId: "wrkspc_01" };
export const dave = new anthropic.DeveloperAccess("dave", { email: "dave@example.com", workspaces: [workspaceAccess], apiKey: serviceKey });

// Every function, plain form.
export async function plainForms(): Promise<number> {
  const organization: anthropic.OrganizationInfo = await anthropic.getOrganization({ organization: sandbox });
  const users: anthropic.UserInfo[] = (await anthropic.getUsers({ email: "alice@example.com" })).users;
  const workspaces: anthropic.GetWorkspacesResult = await anthropic.getWorkspaces({ includeArchived: true, includeDefault: false });
  const keyArgs: anthropic.GetApiKeysArgs = { workspaceId: "wrkspc_01", status: "active", createdByUserId: "user_01", organization: sandbox };
  const keys: anthropic.ApiKeyInfo[] = (await anthropic.getApiKeys(keyArgs)).apiKeys;
  const invites: anthropic.InviteInfo[] = (await anthropic.getInvites({ status: "pending" })).invites;
  const usageArgs: anthropic.GetUsageArgs = { startingAt: "2026-03-01", endingAt: "2026-04-01", granularity: "day", workspaceIds: ["wrkspc_01"], models: ["claude-sonnet-4-5"] };
  const usage: anthropic.GetUsageResult = await anthropic.getUsage(usageArgs);
  const row: anthropic.UsageRow | undefined = usage.rows[0];
  const spend: anthropic.CheckSpendResult = await anthropic.checkSpend({ thresholdUsd: 1000, workspaceId: "wrkspc_01" });
  const none = [await anthropic.getOrganization(), await anthropic.getUsers(), await anthropic.getWorkspaces(), await anthropic.getApiKeys(), await anthropic.getInvites()];
  const workspace: anthropic.WorkspaceInfo | undefined = workspaces.workspaces[0];
  return organization.name.length + users.length + keys.length + invites.length + (row ? 1 : 0) + spend.monthToDateUsd + none.length + (workspace ? 1 : 0);
}

// Every function, Output form, with Inputs.
export const outputForms = {
  organization: anthropic.getOrganizationOutput({ organization: pulumi.output(sandbox) }) satisfies pulumi.Output<anthropic.OrganizationInfo>,
  users: anthropic.getUsersOutput({ email: bob.email }) satisfies pulumi.Output<anthropic.GetUsersResult>,
  workspaces: anthropic.getWorkspacesOutput({ includeArchived: pulumi.output(true) }, { dependsOn: [prod] }) satisfies pulumi.Output<anthropic.GetWorkspacesResult>,
  apiKeys: anthropic.getApiKeysOutput({ workspaceId: prod.id, status: "active" }) satisfies pulumi.Output<anthropic.GetApiKeysResult>,
  invites: anthropic.getInvitesOutput({ email: bob.email, status: pulumi.output("pending" as const) }) satisfies pulumi.Output<anthropic.GetInvitesResult>,
  usage: anthropic.getUsageOutput({ startingAt: "2026-03-01", workspaceIds: [prod.id], organization: sandbox }) satisfies pulumi.Output<anthropic.GetUsageResult>,
  spend: anthropic.checkSpendOutput({ thresholdUsd: pulumi.output(1000), workspaceId: prod.id }) satisfies pulumi.Output<anthropic.CheckSpendResult>,
  weekSpend: anthropic.checkSpendOutput({ thresholdUsd: 100, period: "week", workspaceIds: [prod.id], models: ["claude-opus-4-1"] }).forecastUsd satisfies pulumi.Output<number>,
  budget: anthropic.spendBudget("prod-weekly", { limitUsd: 100, period: pulumi.output("week" as const), workspaceIds: [prod.id], onExceeded: "fail", failOn: "forecast" })
    .status satisfies pulumi.Output<anthropic.SpendBudgetStatus>,
};

// The rest of the organization: integrations, customer-managed keys, compliance, RBAC.
export const hook = new anthropic.WebhookEndpoint("alerts", {
  url: "https://hooks.example.com/anthropic", events: ["external_key.failed"], enabled: true, keepers: { rotation: 1 }, organization: sandbox,
});
export const hookSecret: pulumi.Output<string | null> = hook.signingSecret;
export const otel = new anthropic.TelemetryDestination("otel", {
  endpointUrl: "https://otel.example.com", headers: { authorization: pulumi.secret("Bearer x") }, workspaces: { include: [prod.id] },
});
export const otelWorkspaces: pulumi.Output<anthropic.TelemetryWorkspaces> = otel.workspaces;
const kmsConfig: anthropic.ExternalKeyProviderConfig = { type: "aws", kmsArn: "arn:aws:kms:us-east-1:111122223333:key/k" };
export const cmk = new anthropic.ExternalKey("cmk", { providerConfig: kmsConfig, validate: true });
export const sealed = new anthropic.Workspace("sealed", { externalKeyId: cmk.id });
export const compliance = new anthropic.ComplianceSettings("compliance", { state: "enabled", stateOnDelete: "disabled" });
export const group = new anthropic.RbacGroup("eng", { name: "Engineering" });
export const groupMember = new anthropic.RbacGroupMember("alice-eng", { rbacGroupId: group.id, userId: alice.userId });
export const integrationsRead = [
  anthropic.WebhookEndpoint.get("old-hook", "whep_01", { signingSecret: pulumi.secret("whsec_x") } satisfies anthropic.WebhookEndpointState),
  anthropic.TelemetryDestination.get("old-otel", "tdst_01", {} satisfies anthropic.TelemetryDestinationState),
  anthropic.ExternalKey.get("old-key", "ekey_01", { organization: sandbox } satisfies anthropic.ExternalKeyState),
  anthropic.ComplianceSettings.get("compliance-now", "compliance_settings", {} satisfies anthropic.ComplianceSettingsState),
  anthropic.RbacGroup.get("old-group", "rbac_group_01", {} satisfies anthropic.RbacGroupState),
  anthropic.RbacGroupMember.get("old-member", "rbac_group_01/user_01", {} satisfies anthropic.RbacGroupMemberState),
];
export const governanceReads = {
  rateLimits: anthropic.getRateLimitsOutput({ model: "claude-sonnet-4-5" }) satisfies pulumi.Output<anthropic.GetRateLimitsResult>,
  effectiveSpend: anthropic.getEffectiveSpendLimitsOutput({ userIds: [alice.userId] }) satisfies pulumi.Output<anthropic.GetEffectiveSpendLimitsResult>,
  webhooks: anthropic.getWebhooksOutput({ organization: sandbox }) satisfies pulumi.Output<anthropic.GetWebhooksResult>,
  destinations: anthropic.getTelemetryDestinationsOutput({ workspaceIds: [prod.id] }) satisfies pulumi.Output<anthropic.GetTelemetryDestinationsResult>,
  roles: anthropic.getRbacRolesOutput({ includePermissions: true }) satisfies pulumi.Output<anthropic.GetRbacRolesResult>,
  groups: anthropic.getRbacGroupsOutput({ includeMembers: true }) satisfies pulumi.Output<anthropic.GetRbacGroupsResult>,
};
export async function governancePlainForms(): Promise<number> {
  const limits: anthropic.RateLimitGroup[] = (await anthropic.getRateLimits()).groups;
  const effective: anthropic.EffectiveSpendLimit[] = (await anthropic.getEffectiveSpendLimits({ periods: ["monthly"] })).limits;
  const webhooks: anthropic.WebhookInfo[] = (await anthropic.getWebhooks()).webhooks;
  const destinations: anthropic.TelemetryDestinationInfo[] = (await anthropic.getTelemetryDestinations()).destinations;
  const roles: anthropic.RbacRoleInfo[] = (await anthropic.getRbacRoles()).roles;
  const groups: anthropic.RbacGroupInfo[] = (await anthropic.getRbacGroups()).groups;
  return limits.length + effective.length + webhooks.length + destinations.length + roles.length + groups.length;
}

// Workload identity federation (an OAuth credential), with the states, reads and functions.
export const issuer = new anthropic.FederationIssuer("ci", {
  name: "acme-ci", issuerUrl: "https://ci.example.com", jwks: { type: "explicit_url", url: "https://ci.example.com/jwks.json" },
});
export const deployer = new anthropic.ServiceAccount("deployer", { name: "ci-deployer", description: "CI deploy jobs" });
export const deployerIn = new anthropic.ServiceAccountWorkspace("deployer-in-prod", {
  serviceAccountId: deployer.id, workspaceId: prod.id, role: "workspace_developer",
});
const match: anthropic.FederationRuleMatch = { subjectPrefix: "pipeline:acme/deploy:*", claims: { env: "prod" } };
export const rule = new anthropic.FederationRule("deploy", {
  issuerId: issuer.id, issuerUrl: issuer.issuerUrl, match, oauthScope: "workspace:developer",
  serviceAccountId: deployerIn.serviceAccountId, workspaceIds: [deployerIn.workspaceId], tokenLifetimeSeconds: 900,
});
export const federationReads = [
  anthropic.FederationRule.get("console-rule", "fdrl_01", { organization: sandbox } satisfies anthropic.FederationRuleState),
  anthropic.FederationIssuer.get("old-issuer", "fdis_01", {} satisfies anthropic.FederationIssuerState),
  anthropic.ServiceAccount.get("old-account", "svac_01", {} satisfies anthropic.ServiceAccountState),
  anthropic.ServiceAccountWorkspace.get("old-membership", "svac_01/wrkspc_01", {} satisfies anthropic.ServiceAccountWorkspaceState),
];
export const federationOutputs = {
  accounts: anthropic.getServiceAccountsOutput({ includeWorkspaces: true }) satisfies pulumi.Output<anthropic.GetServiceAccountsResult>,
  issuers: anthropic.getFederationIssuersOutput({ organization: sandbox }) satisfies pulumi.Output<anthropic.GetFederationIssuersResult>,
  rules: anthropic.getFederationRulesOutput({ issuerId: issuer.id }) satisfies pulumi.Output<anthropic.GetFederationRulesResult>,
};
export async function federationPlainForms(): Promise<number> {
  const accounts: anthropic.ServiceAccountInfo[] = (await anthropic.getServiceAccounts()).serviceAccounts;
  const issuers: anthropic.FederationIssuerInfo[] = (await anthropic.getFederationIssuers({ includeArchived: true })).issuers;
  const rules: anthropic.FederationRuleInfo[] = (await anthropic.getFederationRules()).rules;
  return accounts.length + issuers.length + rules.length;
}

// Errors a program may catch, with what they carry.
export function explain(err: unknown): string {
  if (err instanceof anthropic.InvalidArgumentsError) return err.problems.map((p: anthropic.ArgumentProblem) => p.argument).join(", ");
  if (err instanceof anthropic.InvalidComponentArgumentsError) return err.function;
  if (err instanceof anthropic.AnthropicAdminError) return err.message;
  return String(err);
}
