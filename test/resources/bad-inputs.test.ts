import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ResourceKind } from "../../provider/base/kinds";
import { UNKNOWN } from "../../provider/resources/check";
import { SECRET_INPUTS } from "../../provider/resources/secret-inputs";
import { useEmulator } from "../support/emulator";
import { configuredProvider, requestCount } from "../support/provider";

// Each bad input yields a failure on its property, at check(), before any request reaches the API.
const emulator = useEmulator({ resetBeforeEach: false });
const ws = "wrkspc_01ABCDEF";
const past = "2020-01-01T00:00:00Z";
const future = new Date(Date.now() + 7 * 86_400_000).toISOString();
const github = "https://token.actions.githubusercontent.com";
const rule = {
  name: "deploy", issuerId: "fdis_1", match: { subjectPrefix: "pipeline:acme/*" }, oauthScope: "workspace:developer",
  serviceAccountId: "svac_1", workspaceIds: [ws],
};

const cases: Array<[ResourceKind, Record<string, unknown>, string, RegExp]> = [
  ["Workspace", { name: "" }, "name", /must not be empty/],
  ["Workspace", { name: "   " }, "name", /must not be empty/],
  ["Workspace", { name: "x".repeat(41) }, "name", /at most 40 characters/],
  ["Workspace", { name: 42 }, "name", /must be a string/],
  ["Workspace", { name: "ok", displayColor: "purple" }, "displayColor", /hex color/],
  ["Workspace", { name: "ok", displayColor: "#12345" }, "displayColor", /hex color/],
  ["Workspace", { name: "ok", spendLimit: { monthlyUsd: -5 } }, "spendLimit.monthlyUsd", /must not be negative/],
  ["Workspace", { name: "ok", spendLimit: { monthlyUsd: "5000" } }, "spendLimit.monthlyUsd", /number of US dollars/],
  ["Workspace", { name: "ok", spendLimit: { monthlyUsd: 10.005 } }, "spendLimit.monthlyUsd", /2 decimal places/],
  ["Workspace", { name: "ok", spendLimit: { usd: 10 } }, "spendLimit.usd", /unknown property/],
  ["Workspace", { name: "ok", rateLimits: { requestsPerMinute: -1 } }, "rateLimits.requestsPerMinute", /greater than 0/],
  ["Workspace", { name: "ok", rateLimits: { requestsPerMinute: 1.5 } }, "rateLimits.requestsPerMinute", /whole number/],
  ["Workspace", { name: "ok", rateLimits: { requestsPerMinute: "fast" } }, "rateLimits.requestsPerMinute", /whole number/],
  ["Workspace", { name: "ok", rateLimits: { rpm: 10 } }, "rateLimits.rpm", /unknown property/],
  ["Workspace", { name: "ok", tags: { anthropic_team: "x" } }, "tags.anthropic_team", /may not begin with "anthropic"/],
  ["Workspace", { name: "ok", workspaceGeo: "eu" }, "workspaceGeo", /must be "us"/],
  ["Workspace", { name: "ok", allowedInferenceGeos: ["mars"] }, "allowedInferenceGeos", /unrestricted|geo/],
  ["Workspace", { name: "ok", defaultInferenceGeo: "eu" }, "defaultInferenceGeo", /"global" or "us"/],
  ["Workspace", { name: "ok", adoptId: "ws_123" }, "adoptId", /starting with "wrkspc_"/],
  ["Workspace", { name: "ok", spendlimit: { monthlyUsd: 1 } }, "spendlimit", /unknown property/],
  ["ApiKey", { name: "k" }, "workspaceId", /required to create a key; or set adoptId/],
  ["ApiKey", { name: "k", workspaceId: "workspace-1" }, "workspaceId", /starting with "wrkspc_"/],
  ["ApiKey", { name: "", workspaceId: ws }, "name", /must not be empty/],
  ["ApiKey", { name: "k", workspaceId: ws, expiresAt: past }, "expiresAt", /in the future/],
  ["ApiKey", { name: "k", workspaceId: ws, expiresAt: "next tuesday" }, "expiresAt", /RFC 3339/],
  ["ApiKey", { name: "k", workspaceId: ws, status: "archived" }, "status", /"active" or "inactive"/],
  ["ApiKey", { name: "k", adoptId: "key_123" }, "adoptId", /starting with "apikey_"/],
  ["ApiKey", { name: "k", adoptId: "apikey_1", expiresAt: future }, "expiresAt", /cannot be set on an adopted key/],
  ["ApiKey", { name: "k", workspaceId: ws, keepers: { v: { nested: true } } }, "keepers.v", /strings, numbers or booleans/],
  ["ApiKey", { name: "k", workspaceId: ws, revoke: "x" }, "revoke", /unknown property/],
  ["UserInvite", { email: "not-an-email", role: "user" }, "email", /email address/],
  ["UserInvite", { email: "a@example.com", role: "admin" }, "role", /cannot assign the admin role/],
  ["UserInvite", { email: "a@example.com", role: "owner" }, "role", /ownership cannot be assigned/],
  ["UserInvite", { email: "a@example.com", role: "superuser" }, "role", /unknown role "superuser"; use one of user, developer/],
  ["UserInvite", { email: "a@example.com" }, "role", /role/],
  ["UserInvite", { email: "a@example.com", role: "user", groups: ["admins"] }, "groups[0]", /rbac_group_/],
  ["WorkspaceMember", { workspaceId: ws, userId: "usr_1", role: "workspace_user" }, "userId", /starting with "user_"/],
  ["WorkspaceMember", { workspaceId: "abc", userId: "user_1", role: "workspace_user" }, "workspaceId", /starting with "wrkspc_"/],
  ["WorkspaceMember", { workspaceId: ws, userId: "user_1", role: "workspace_billing" }, "role", /cannot be assigned to a member/],
  ["WorkspaceMember", { workspaceId: ws, userId: "user_1", role: "developer" }, "role", /unknown workspace role/],
  ["OrganizationMember", { role: "user" }, "userId", /userId .* or email/],
  ["OrganizationMember", { email: "a@example.com", role: "primary_owner" }, "role", /ownership cannot be assigned/],
  ["OrganizationMember", { userId: "user_1", role: "user", revokeKeysOnDelete: "yes" }, "revokeKeysOnDelete", /true or false/],
  ["ExternalKey", { displayName: "k" }, "providerConfig", /"aws", "gcp" or "azure"/],
  ["ExternalKey", { providerConfig: { type: "oracle" } }, "providerConfig", /"aws", "gcp" or "azure"/],
  ["ExternalKey", { providerConfig: { type: "aws", kmsArn: "alias/prod" } }, "providerConfig.kmsArn", /full ARN of a KMS key/],
  ["ExternalKey", { providerConfig: { type: "aws", kmsArn: "arn:aws:kms:us-east-1:111122223333:key/k1", region: "eu-west-1" } }, "providerConfig.region", /not the region of kmsArn \("us-east-1"\)/],
  ["ExternalKey", { providerConfig: { type: "gcp", keyName: "my-key" } }, "providerConfig.keyName", /projects\/p\/locations/],
  ["ExternalKey", { providerConfig: { type: "azure", keyName: "k", tenantId: "t", vaultUri: "http://corp.vault.azure.net" } }, "providerConfig.vaultUri", /vault\.azure\.net/],
  ["ExternalKey", { providerConfig: { type: "gcp", keyName: "projects/p/locations/l/keyRings/r/cryptoKeys/k", roleArn: "x" } }, "providerConfig.roleArn", /unknown property/],
  ["ExternalKey", { providerConfig: { type: "gcp", keyName: "projects/p/locations/l/keyRings/r/cryptoKeys/k" }, geo: "eu" }, "geo", /must be "us"/],
  ["ExternalKey", { providerConfig: { type: "gcp", keyName: "projects/p/locations/l/keyRings/r/cryptoKeys/k" }, validate: "yes" }, "validate", /true or false/],
  ["ComplianceSettings", {}, "state", /"enabled" or "disabled"/],
  ["ComplianceSettings", { state: "on" }, "state", /"enabled" or "disabled"/],
  ["ComplianceSettings", { state: "enabled", stateOnDelete: "off" }, "stateOnDelete", /"enabled" or "disabled"/],
  ["RbacGroup", { name: "" }, "name", /must not be empty/],
  ["RbacGroup", { name: "x".repeat(256) }, "name", /at most 255 characters/],
  ["RbacGroup", { name: "Eng", roleIds: ["rbac_role_1"] }, "roleIds", /unknown property/],
  ["RbacGroupMember", { rbacGroupId: "grp_1", userId: "user_1" }, "rbacGroupId", /starting with "rbac_group_"/],
  ["RbacGroupMember", { rbacGroupId: "rbac_group_1", userId: "alice@example.com" }, "userId", /starting with "user_"/],
  ["WebhookEndpoint", { url: "http://example.com/hooks", events: ["external_key.failed"] }, "url", /must use https/],
  ["WebhookEndpoint", { url: "example.com/hooks", events: ["external_key.failed"] }, "url", /absolute URL/],
  ["WebhookEndpoint", { url: "https://u:p@example.com", events: ["external_key.failed"] }, "url", /username or password/],
  ["WebhookEndpoint", { url: "https://example.com", events: [] }, "events", /at least one event type/],
  ["WebhookEndpoint", { url: "https://example.com", events: ["user.created"] }, "events[0]", /must be one of external_key\.failed/],
  ["WebhookEndpoint", { url: "https://example.com", events: ["external_key.failed", "external_key.failed"] }, "events", /twice/],
  ["WebhookEndpoint", { url: "https://example.com", events: ["external_key.failed"], enabled: "yes" }, "enabled", /true or false/],
  ["WebhookEndpoint", { url: "https://example.com", events: ["external_key.failed"], keepers: { v: [1] } }, "keepers.v", /strings, numbers or booleans/],
  ["WebhookEndpoint", { url: "https://example.com", events: ["external_key.failed"], retries: 3 }, "retries", /unknown property/],
  ["TelemetryDestination", { endpointUrl: "http://otel.example.com" }, "endpointUrl", /https/],
  ["TelemetryDestination", { endpointUrl: "https://10.1.2.3" }, "endpointUrl", /hostname, not an IP address/],
  ["TelemetryDestination", { endpointUrl: "https://otel.example.com:4318" }, "endpointUrl", /port 443/],
  ["TelemetryDestination", { endpointUrl: "https://otel.example.com/?tenant=1" }, "endpointUrl", /query string/],
  ["TelemetryDestination", { endpointUrl: "https://otel.example.com", displayName: "x".repeat(256) }, "displayName", /1 to 255 characters/],
  ["TelemetryDestination", { endpointUrl: "https://otel.example.com", workspaces: "some" }, "workspaces", /"all", \{ include/],
  ["TelemetryDestination", { endpointUrl: "https://otel.example.com", workspaces: { include: ["prod"] } }, "workspaces", /"all", \{ include|starting with "wrkspc_"/],
  ["TelemetryDestination", { endpointUrl: "https://otel.example.com", enabled: 1 }, "enabled", /true or false/],
  ["ServiceAccount", { name: "CI Bot" }, "name", /must be a slug: lowercase letters, digits and hyphens/],
  ["ServiceAccount", { name: "ci", organizationRole: "owner" }, "organizationRole", /"developer" or "admin"/],
  ["ServiceAccountWorkspace", { serviceAccountId: "sa_1", workspaceId: ws, role: "workspace_user" }, "serviceAccountId", /starting with "svac_"/],
  ["ServiceAccountWorkspace", { serviceAccountId: "svac_1", workspaceId: ws, role: "workspace_billing" }, "role", /cannot hold workspace_billing/],
  ["FederationIssuer", { name: "ci", issuerUrl: "http://ci.example.com" }, "issuerUrl", /must use https/],
  ["FederationIssuer", { name: "ci", issuerUrl: "https://ci.example.com", jwks: { type: "jwks_uri" } }, "jwks.type", /\{ type: "discovery" \}/],
  ["FederationIssuer", { name: "ci", issuerUrl: "https://ci.example.com", jwks: { type: "inline", keys: [{ kty: "oct", k: "c2VjcmV0" }] } }, "jwks.keys[0]", /symmetric \(oct\) keys are not accepted/],
  ["FederationIssuer", { name: "ci", issuerUrl: "https://ci.example.com", maxJwtLifetimeSeconds: 200_000 }, "maxJwtLifetimeSeconds", /between 1 and 176400/],
  ["FederationRule", { ...rule, oauthScope: "org:admin" }, "oauthScope", /^OAuth callers may only manage rules whose `oauth_scope` is `workspace:developer` or `workspace:inference`; other scopes \(such as `org:admin`\) require a Console session.*README/],
  ["FederationRule", { ...rule, oauthScope: "workspace:developer org:admin" }, "oauthScope", /require a Console session/],
  ["FederationRule", { ...rule, oauthScope: "workspace:admin" }, "oauthScope", /unknown scope workspace:admin/],
  ["FederationRule", { ...rule, issuerUrl: github, match: { subjectPrefix: "repo:*" } }, "match", /must constrain tenant identity via an identity-bearing claim, a tenant-pinning subject prefix .*GitHub Actions/],
  ["FederationRule", { ...rule, issuerUrl: github, match: { claims: { ref: "refs/heads/main" } } }, "match", /must constrain tenant identity/],
  ["FederationRule", { ...rule, issuerUrl: "https://gitlab.com", match: { condition: 'claims.ref == "main"' } }, "match", /GitLab's shared issuer/],
  ["FederationRule", { ...rule, match: { audience: "https://api.anthropic.com" } }, "match", /`audience` alone is not sufficient/],
  ["FederationRule", { ...rule, match: { condition: "true" } }, "match.condition", /constant-true/],
  ["FederationRule", { ...rule, workspaceIds: [] }, "workspaceIds", /at least one workspace.*unless appliesToAllWorkspaces/],
  ["FederationRule", { ...rule, tokenLifetimeSeconds: 30 }, "tokenLifetimeSeconds", /between 60 and 86400/],
  ["FederationRule", { ...rule, issuerId: "issuer-1" }, "issuerId", /starting with "fdis_"/],
];

describe("bad inputs are rejected at check, naming the property", () => {
  beforeAll(async () => {
    await emulator.control.reset();
  });
  afterAll(async () => {
    // Not one of the checks above reached the API.
    expect(await requestCount(emulator)).toBe(0);
  });

  test.each(cases)("%s %j -> %s", async (kind, news, property, reason) => {
    const provider = await configuredProvider(kind, emulator);
    const { failures } = await provider.check({}, news);
    // Failures sit on the top-level property (the engine prints only its value), or on none for an input
    // that may hold key material (the engine would print it); the reason names the full path.
    const [top] = property.split(/[.[]/) as [string];
    const on = SECRET_INPUTS[kind].includes(top) ? "" : top;
    const failure = failures?.find((f) => f.property === on && ((on && property === top) || f.reason.startsWith(`${property}: `)));
    expect(failure, JSON.stringify(failures)).toBeDefined();
    expect(failure!.reason).toMatch(reason);
  });

  test("there are at least 30 cases across all five resources", () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map(([kind]) => kind)).size).toBeGreaterThanOrEqual(5);
  });

  test("values not known until apply are not reported (preview of wired resources)", async () => {
    const provider = await configuredProvider("ApiKey", emulator);
    const { failures } = await provider.check({}, { name: "k", workspaceId: UNKNOWN });
    expect(failures).toEqual([]);
  });

  test("good inputs pass and come back trimmed", async () => {
    const provider = await configuredProvider("UserInvite", emulator);
    const { inputs, failures } = await provider.check({}, { email: " Alice@Example.COM ", role: "developer", __provider: "p" });
    expect(failures).toEqual([]);
    // Trimmed, and kept in the case written: emails compare case-insensitively instead (canonical.ts).
    expect(inputs).toEqual({ email: "Alice@Example.COM", role: "developer" });
  });
});
