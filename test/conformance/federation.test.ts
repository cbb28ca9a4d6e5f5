import Anthropic, { PermissionDeniedError } from "@anthropic-ai/sdk";
import { oidcFederationProvider } from "@anthropic-ai/sdk/lib/credentials/oidc-federation";
import { WorkloadIdentityError } from "@anthropic-ai/sdk/lib/credentials/types";
import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";

// The official SDK end to end against the emulator: a person's org:admin token sets up a service account,
// an issuer holding the test's own public key, and rules; the SDK's `oidcFederationProvider` then exchanges
// an identity token the test signs, and the client it authenticates calls the Admin API.

const emu = useEmulator();
const ISSUER = "https://ci.acme.example";

/** What `ant auth login --scope org:admin` gives a person, used the way the SDK takes an OAuth token. */
function personClient(): Anthropic {
  return new Anthropic({
    baseURL: emu.url, authToken: emu.oauthToken, maxRetries: 0,
    defaultHeaders: { "anthropic-beta": "oauth-2025-04-20" },
  });
}

async function setUp(scope: "org:admin" | "workspace:developer") {
  // An ES module, loaded dynamically because this suite compiles as CommonJS.
  const { exportJWK, generateKeyPair, SignJWT } = await import("jose");
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "ci-1", alg: "RS256" };
  const person = personClient();
  const org = person.beta.organization;
  const account = await org.serviceAccounts.create({ name: "deployer", organization_role: scope === "org:admin" ? "admin" : "developer" });
  const workspace = await org.workspaces.create({ name: "Deploys" });
  await org.workspaces.serviceAccounts.add(workspace.id, { service_account_id: account.id, workspace_role: "workspace_developer" });
  const issuer = await org.federation.issuers.create({ name: "acme-ci", issuer_url: ISSUER, jwks: { type: "inline", keys: [jwk] } });
  const ruleBody = {
    name: "deploy", issuer_id: issuer.id, oauth_scope: scope, match: { subject_prefix: "pipeline:acme/*" },
    target: { type: "service_account" as const, service_account_id: account.id }, workspace_id: workspace.id,
  };
  // Only the Console may create a rule granting org:admin; the control surface plays it.
  const rule = scope === "org:admin"
    ? await emu.control.createConsoleFederationRule(ruleBody)
    : await org.federation.rules.create(ruleBody);
  const organizationId = (await org.retrieve()).id;
  const sign = (claims: Record<string, unknown> = {}) =>
    new SignJWT({ sub: "pipeline:acme/deploy", ...claims })
      .setProtectedHeader({ alg: "RS256", kid: "ci-1" })
      .setIssuer(ISSUER).setAudience("https://api.anthropic.com").setIssuedAt().setExpirationTime("10m").setJti(crypto.randomUUID())
      .sign(privateKey);
  const workload = (identityToken: () => Promise<string>) => new Anthropic({
    baseURL: emu.url, maxRetries: 0,
    credentials: oidcFederationProvider({
      identityTokenProvider: identityToken, federationRuleId: rule.id, organizationId, serviceAccountId: account.id,
      workspaceId: workspace.id, baseURL: emu.url, fetch: globalThis.fetch,
    }),
  });
  return { account, workspace, issuer, rule, organizationId, sign, workload };
}

describe("official SDK: workload identity federation against the emulator", () => {
  it("reads back what the person's token created, in the SDK's shapes", async () => {
    const { account, issuer, rule } = await setUp("workspace:developer");
    const org = personClient().beta.organization;
    expect(await org.serviceAccounts.retrieve(account.id)).toEqual(account);
    expect(await org.federation.issuers.retrieve(issuer.id)).toEqual(issuer);
    const listed = [];
    for await (const r of org.federation.rules.list()) listed.push(r);
    expect(listed).toEqual([rule]);
    const enabled = [];
    for await (const w of org.federation.rules.workspaces.list(rule.id)) enabled.push(w);
    expect(enabled.map((w) => w.workspace_name)).toEqual(["Deploys"]);
    const memberships = [];
    for await (const m of org.serviceAccounts.workspaces.list(account.id)) memberships.push(m);
    expect(memberships.map((m) => [m.implicit, m.workspace_role])).toEqual([[true, "workspace_user"], [false, "workspace_developer"]]);
  });

  it("exchanges a signed identity token with oidcFederationProvider and manages the organization with the result", async () => {
    const { sign, workload, account } = await setUp("org:admin");
    let exchanges = 0;
    const client = workload(() => {
      exchanges++;
      return sign();
    });
    const accounts = [];
    for await (const a of client.beta.organization.serviceAccounts.list()) accounts.push(a.id);
    expect(accounts).toEqual([account.id]);
    const created = await client.beta.organization.workspaces.create({ name: "Made by a workload" });
    expect(created.name).toBe("Made by a workload");
    // The token is cached between calls: one exchange for both.
    expect(exchanges).toBe(1);
    const withKey = await personClient().beta.organization.workspaces.retrieve(created.id);
    expect(withKey.id).toBe(created.id);
  });

  it("a workspace-scoped token is refused on the Admin API with the SDK's PermissionDeniedError", async () => {
    const { sign, workload } = await setUp("workspace:developer");
    const error = await workload(() => sign()).beta.organization.workspaces.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).status).toBe(403);
  });

  it("surfaces a refused exchange as the SDK's WorkloadIdentityError, with the emulator's reason", async () => {
    const { sign, workload } = await setUp("org:admin");
    const error = await workload(() => sign({ sub: "pipeline:intruder/deploy" })).beta.organization.serviceAccounts.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkloadIdentityError);
    const failure = error as WorkloadIdentityError;
    expect(failure.statusCode).toBe(401);
    expect(failure.message).toContain("does not match the rule's `subject_prefix`");
    expect(failure.message).toContain("Ensure your federation rule matches your identity token");
  });

  it("the admin key is refused on service-account and federation routes", async () => {
    const sdk = new Anthropic({ baseURL: emu.url, apiKey: emu.adminKey, maxRetries: 0 });
    const error = await sdk.beta.organization.federation.issuers.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(String((error as Error).message)).toContain("Admin API keys are not accepted");
  });
});
