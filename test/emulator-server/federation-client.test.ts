import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AuditRecord } from "../../provider/base/audit";
import { collect, exchangeFederationToken, FederationExchangeError, PermissionError } from "../../provider/client";
import { createAdminClient } from "../../provider/settings/admin-client";
import { redact } from "../../provider/base/redaction";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";
import { setUpFederation, testIdp } from "./federation-fixtures";

// The package's own client for service accounts and federation, and its token exchange: the calls the SDK
// makes, with the person's token or a federated one as `Authorization: Bearer`, and never a token in an
// error, an audit record or the audit log.

const emu = useEmulator();

describe("client: service accounts and federation with an OAuth token", () => {
  it("manages a service account, an issuer, a rule and their workspaces", async () => {
    const { client, audit } = clientFor(emu, { adminKey: "", authToken: emu.oauthToken });
    const workspace = await client.createWorkspace({ name: "CI" });
    const account = await client.createServiceAccount({ name: "ci-bot", description: "builds" });
    expect(account).toMatchObject({ id: expect.stringMatching(/^svac_/), organization_role: "developer" });
    await client.addServiceAccountToWorkspace(account.id, workspace.id, "workspace_developer");
    expect((await collect(client.listServiceAccountWorkspaces(account.id))).map((m) => m.workspace_id))
      .toEqual([expect.any(String), workspace.id]);
    expect(await client.getWorkspaceServiceAccount(workspace.id, account.id)).toMatchObject({ workspace_role: "workspace_developer" });
    expect((await client.updateWorkspaceServiceAccount(workspace.id, account.id, "workspace_user")).workspace_role).toBe("workspace_user");
    expect(await collect(client.listWorkspaceServiceAccounts(workspace.id))).toHaveLength(1);

    const idp = await testIdp();
    const issuer = await client.createFederationIssuer({
      name: "ci", issuer_url: "https://idp.example.test", jwks: { type: "inline", keys: [idp.publicJwk as Record<string, unknown>] },
    });
    const rule = await client.createFederationRule({
      name: "build", issuer_id: issuer.id, oauth_scope: "workspace:inference", match: { subject_prefix: "repo:acme/*" },
      target: { type: "service_account", service_account_id: account.id }, workspace_id: workspace.id,
    });
    expect(rule).toMatchObject({ issuer_name: "ci", target: { service_account_name: "ci-bot" }, workspace_ids: [workspace.id] });
    expect((await client.updateFederationRule(rule.id, { token_lifetime_seconds: 900 })).token_lifetime_seconds).toBe(900);
    expect(await collect(client.listFederationRules({ issuerId: issuer.id }))).toHaveLength(1);
    expect((await collect(client.listFederationRuleWorkspaces(rule.id))).map((w) => w.workspace_name)).toEqual(["CI"]);
    await client.removeFederationRuleWorkspace(rule.id, workspace.id);
    expect((await client.archiveFederationRule(rule.id)).archived_at).not.toBeNull();
    expect((await client.archiveFederationIssuer(issuer.id)).archived_at).not.toBeNull();
    await client.removeServiceAccountFromWorkspace(account.id, workspace.id);
    expect((await client.archiveServiceAccount(account.id)).archived_at).not.toBeNull();
    expect(await collect(client.listServiceAccounts())).toEqual([]);
    expect(await collect(client.listFederationIssuers({ includeArchived: true }))).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(emu.oauthToken);
  });

  it("with the admin key, fails with the API's 403 before any write", async () => {
    const { client } = clientFor(emu);
    const error = await rejectionOf(client.createServiceAccount({ name: "nope" }));
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.message).toContain("Admin API keys are not accepted");
    expect((await emu.control.state()).federation?.serviceAccounts).toEqual([]);
  });

  it("refuses a body the API would refuse, before sending it", async () => {
    const { client, audit } = clientFor(emu, { adminKey: "", authToken: emu.oauthToken });
    const error = await rejectionOf(client.createServiceAccount({ name: "Not A Slug" }));
    expect(error.message).toContain("slug");
    expect(audit).toEqual([]);
  });
});

describe("exchangeFederationToken", () => {
  it("exchanges an identity token and the result drives the Admin API, with neither token logged", async () => {
    const fed = await setUpFederation(emu, { scope: "org:admin", admin: true, tokenLifetimeS: 900 });
    const identityToken = await fed.idp.sign({ jti: "exchange-1" }, { lifetimeS: 1800 });
    const dir = mkdtempSync(join(tmpdir(), "federation-audit-"));
    const auditLog = join(dir, "audit.jsonl");
    const records: AuditRecord[] = [];
    const before = Date.now();
    const token = await exchangeFederationToken({
      baseUrl: emu.url, federationRuleId: fed.ruleId, organizationId: fed.organizationId,
      serviceAccountId: fed.serviceAccountId, workspaceId: fed.workspaceId, identityToken, auditLog,
    });
    expect(token.accessToken).toMatch(/^sk-ant-oat01-/);
    expect(token.scope).toBe("org:admin");
    expect(token.expiresAt).toBeGreaterThanOrEqual(before + 900_000);
    expect(token.expiresAt).toBeLessThanOrEqual(Date.now() + 900_000);

    const client = createAdminClient({ adminKey: "", authToken: token.accessToken, baseUrl: emu.url, auditLog, onAudit: (r) => records.push(r) });
    const workspace = await client.createWorkspace({ name: "By federation" });
    expect(workspace.name).toBe("By federation");

    const log = readFileSync(auditLog, "utf8");
    expect(log.split("\n").filter(Boolean).map((line) => JSON.parse(line).operation)).toEqual(["exchangeFederationToken", "createWorkspace"]);
    for (const secret of [identityToken, identityToken.split(".")[2], token.accessToken]) {
      expect(log).not.toContain(secret);
      expect(JSON.stringify(records)).not.toContain(secret);
    }
  });

  it("reports a refusal with the server's reason and the rule, never the identity token", async () => {
    const fed = await setUpFederation(emu);
    const identityToken = await fed.idp.sign({ aud: "https://wrong.example" });
    const records: AuditRecord[] = [];
    const error = await rejectionOf(exchangeFederationToken({
      baseUrl: emu.url, federationRuleId: fed.ruleId, organizationId: fed.organizationId, identityToken, audit: (r) => records.push(r),
    }));
    expect(error).toBeInstanceOf(FederationExchangeError);
    expect(error).toMatchObject({ status: 401, errorType: "invalid_grant", operation: "exchangeFederationToken" });
    expect(error.message).toContain("`aud` does not include the audience");
    expect(error.message).toContain(fed.ruleId);
    expect(error.message).not.toContain(identityToken);
    expect(records).toMatchObject([{ operation: "exchangeFederationToken", path: "/v1/oauth/token", status: 401, outcome: "error" }]);
  });

  it("refuses an oversized identity token without sending it", async () => {
    const records: AuditRecord[] = [];
    const error = await rejectionOf(exchangeFederationToken({
      baseUrl: emu.url, federationRuleId: "fdrl_01x", organizationId: "org", identityToken: "x".repeat(17 * 1024), audit: (r) => records.push(r),
    }));
    expect(error).toBeInstanceOf(FederationExchangeError);
    expect(error.message).toContain("16 KiB");
    expect(records).toEqual([]);
  });

  it("redact() masks signed JWTs and OAuth tokens wherever a server echoes them", () => {
    const jwt = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvYXBwIn0.c2lnbmF0dXJl";
    expect(redact(`bad assertion ${jwt} and token sk-ant-oat01-abcDEF123_-xyz`)).toBe("bad assertion [REDACTED] and token [REDACTED]");
  });
});
