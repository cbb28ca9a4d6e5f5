import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import {
  getFederationIssuers, getFederationRules, getFederationRulesOutput, getServiceAccounts, InvalidArgumentsError,
} from "../../provider/functions";
import { sdkFor } from "../conformance/sdk";
import { useEmulator } from "../support/emulator";
import { personSdk } from "../support/oauth-provider";
import { routeCounts, useEmulatorEnvironment } from "./environment";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);

// These endpoints take only an OAuth token: the environment holds a person's, next to the admin key.
let savedToken: string | undefined;
beforeEach(() => {
  savedToken = process.env.ANTHROPIC_AUTH_TOKEN;
  process.env.ANTHROPIC_AUTH_TOKEN = emulator.oauthToken;
});
afterEach(() => {
  if (savedToken === undefined) delete process.env.ANTHROPIC_AUTH_TOKEN;
  else process.env.ANTHROPIC_AUTH_TOKEN = savedToken;
});

const org = () => personSdk(emulator).beta.organization;

async function world() {
  const { exportJWK, generateKeyPair } = await import("jose");
  const jwk = { ...(await exportJWK((await generateKeyPair("RS256")).publicKey)), kid: "k1", alg: "RS256" };
  const account = await org().serviceAccounts.create({ name: "deployer", description: "CI" });
  const retired = await org().serviceAccounts.create({ name: "retired" });
  await org().serviceAccounts.archive(retired.id);
  const workspace = await sdkFor(emulator).beta.organization.workspaces.create({ name: "Deploys" });
  await org().workspaces.serviceAccounts.add(workspace.id, { service_account_id: account.id, workspace_role: "workspace_developer" });
  const issuer = await org().federation.issuers.create({ name: "acme-ci", issuer_url: "https://ci.acme.example", jwks: { type: "inline", keys: [jwk] } });
  const other = await org().federation.issuers.create({
    name: "other-ci", issuer_url: "https://ci.other.example", jwks: { type: "explicit_url", url: "https://ci.other.example/jwks" },
  });
  const rule = await org().federation.rules.create({
    name: "deploy", issuer_id: issuer.id, oauth_scope: "workspace:developer", match: { subject_prefix: "pipeline:acme/*", claims: { team: "infra" } },
    target: { type: "service_account", service_account_id: account.id }, workspace_id: workspace.id,
  });
  await org().federation.rules.create({
    name: "other", issuer_id: other.id, oauth_scope: "workspace:inference", match: { condition: 'claims.team == "x"' },
    target: { type: "service_account", service_account_id: account.id }, workspace_id: workspace.id,
  });
  await emulator.control.resetRequests();
  return { jwk, account, retired, workspace, issuer, other, rule };
}

describe("getServiceAccounts", () => {
  it("lists live accounts in one request; archived ones and memberships on request", async () => {
    const { account, retired, workspace } = await world();
    const { serviceAccounts } = await getServiceAccounts();
    expect(serviceAccounts).toEqual([
      { id: account.id, name: "deployer", description: "CI", organizationRole: "developer", createdAt: account.created_at, archivedAt: null, workspaces: [] },
    ]);
    expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/service_accounts": 1 });

    await emulator.control.resetRequests();
    const all = (await getServiceAccounts({ includeArchived: true, includeWorkspaces: true })).serviceAccounts;
    expect(all.map((a) => a.id).sort()).toEqual([account.id, retired.id].sort());
    const live = all.find((a) => a.id === account.id)!;
    expect(live.workspaces).toContainEqual({ workspaceId: workspace.id, role: "workspace_developer", implicit: false });
    expect(live.workspaces.filter((w) => w.implicit)).toHaveLength(1);
    // One listing, and one membership listing for the live account only.
    expect(await routeCounts(emulator)).toEqual({
      "GET /v1/organizations/service_accounts": 1, "GET /v1/organizations/service_accounts/{id}/workspaces": 1,
    });
  });
});

describe("getFederationIssuers", () => {
  it("lists issuers with their key source camelCased", async () => {
    const { jwk, issuer, other } = await world();
    const { issuers } = await getFederationIssuers();
    expect(issuers).toEqual(expect.arrayContaining([
      {
        id: issuer.id, name: "acme-ci", issuerUrl: "https://ci.acme.example", jwks: { type: "inline", keys: [jwk] }, checkJti: true,
        maxJwtLifetimeSeconds: 3600, jwksPollingDisabledAt: null, consecutivePollFailures: 0, createdAt: issuer.created_at, archivedAt: null,
      },
      expect.objectContaining({ id: other.id, jwks: { type: "explicit_url", url: "https://ci.other.example/jwks" } }),
    ]));
    expect(issuers).toHaveLength(2);
    expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/federation_issuers": 1 });
  });
});

describe("getFederationRules", () => {
  it("lists rules, or those of one issuer, with names read at read time", async () => {
    const { account, workspace, issuer, rule } = await world();
    const { rules } = await getFederationRules({ issuerId: issuer.id });
    expect(rules).toEqual([{
      id: rule.id, name: "deploy", description: "", issuerId: issuer.id, issuerName: "acme-ci",
      match: { subjectPrefix: "pipeline:acme/*", claims: { team: "infra" } }, oauthScope: "workspace:developer",
      serviceAccountId: account.id, serviceAccountName: "deployer", workspaceIds: [workspace.id], appliesToAllWorkspaces: false,
      tokenLifetimeSeconds: 3600, createdAt: rule.created_at, archivedAt: null,
    }]);
    expect((await getFederationRules()).rules).toHaveLength(2);
  });

  it("has an Output form", async () => {
    const { issuer } = await world();
    const rules = await new Promise((resolve) => getFederationRulesOutput({ issuerId: pulumi.output(issuer.id) }).apply(resolve));
    expect((rules as { rules: unknown[] }).rules).toHaveLength(1);
  });

  it("refuses a bad issuer id before any request", async () => {
    await emulator.control.resetRequests();
    await expect(getFederationRules({ issuerId: "issuer-1" })).rejects.toBeInstanceOf(InvalidArgumentsError);
    await expect(getServiceAccounts({ archived: true } as never)).rejects.toBeInstanceOf(InvalidArgumentsError);
    expect(await routeCounts(emulator)).toEqual({});
  });
});
