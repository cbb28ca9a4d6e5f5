import { beforeEach, describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { exchange, oauthFetch, ok, setUpFederation, testIdp, type Reply } from "./federation-fixtures";

// The rules the SDK documents for federation rules, with its wording: who may manage which scope, tenant
// pinning on shared issuers, what a match must constrain, and which target may receive `org:admin`.

const emu = useEmulator();
let accountId: string;
let adminAccountId: string;
let workspaceId: string;

beforeEach(async () => {
  workspaceId = (await emu.control.seedWorkspace({ name: "CI" })).id;
  accountId = (await ok(oauthFetch(emu, "POST", "/v1/organizations/service_accounts", { body: { name: "ci" } }))).id;
  adminAccountId = (await ok(oauthFetch(emu, "POST", "/v1/organizations/service_accounts", {
    body: { name: "platform", organization_role: "admin" },
  }))).id;
});

async function issuer(issuer_url: string): Promise<string> {
  return (await ok(oauthFetch(emu, "POST", "/v1/organizations/federation_issuers", {
    body: { name: `i-${Math.random().toString(36).slice(2, 8)}`, issuer_url },
  }))).id;
}

function ruleBody(issuerId: string, extra: Record<string, unknown> = {}) {
  return {
    name: "rule", issuer_id: issuerId, oauth_scope: "workspace:developer", match: { subject_prefix: "repo:acme/app:*" },
    target: { type: "service_account", service_account_id: accountId }, workspace_id: workspaceId, ...extra,
  };
}

async function expectRejected(status: number, send: () => Promise<Reply>): Promise<string> {
  const before = await emu.control.state();
  const reply = await send();
  expect(reply.status).toBe(status);
  expect(await emu.control.state()).toEqual(before);
  return reply.body.error.message;
}

const CONSOLE_ONLY = "OAuth callers may only manage rules whose `oauth_scope` is `workspace:developer` or `workspace:inference`; other scopes require a Console session.";

describe("who may manage which scope", () => {
  it("refuses an org:admin rule to an OAuth caller; the Console (control surface) creates it", async () => {
    const issuerId = await issuer("https://idp.example.test");
    const body = ruleBody(issuerId, { oauth_scope: "org:admin", target: { type: "service_account", service_account_id: adminAccountId } });
    expect(await expectRejected(403, () => oauthFetch(emu, "POST", "/v1/organizations/federation_rules", { body }))).toBe(CONSOLE_ONLY);
    const rule = await emu.control.createConsoleFederationRule(body);
    expect(rule).toMatchObject({ oauth_scope: "org:admin", created_by_actor_id: (await emu.control.state()).adminUserId });
    // Managing it afterwards is still the Console's business.
    for (const [method, path, send] of [
      ["POST", `/v1/organizations/federation_rules/${rule.id}`, { description: "x" }],
      ["POST", `/v1/organizations/federation_rules/${rule.id}/archive`, undefined],
      ["POST", `/v1/organizations/federation_rules/${rule.id}/workspaces`, { workspace_id: workspaceId }],
      ["DELETE", `/v1/organizations/federation_rules/${rule.id}/workspaces/${workspaceId}`, undefined],
    ] as const) {
      expect(await expectRejected(403, () => oauthFetch(emu, method, path, { body: send }))).toBe(CONSOLE_ONLY);
    }
    expect(await expectRejected(403, () => oauthFetch(emu, "POST", `/v1/organizations/federation_issuers/${issuerId}`, { body: { check_jti: false } })))
      .toContain("requires a Console session");
  });

  it("refuses to grant org:admin to a developer-role service account, even in the Console", async () => {
    const body = ruleBody(await issuer("https://idp.example.test"), { oauth_scope: "org:admin" });
    const reply = await emu.control.createConsoleFederationRule(body).catch((error: Error) => error);
    expect(String(reply)).toContain("organization_role is `admin`");
  });

  it("refuses an admin-role service account to a workload token, and takes it from a person", async () => {
    const fed = await setUpFederation(emu, { scope: "org:admin", admin: true });
    const { access_token } = (await exchange(emu, fed.request(await fed.idp.sign()))).body;
    expect(await expectRejected(403, () => oauthFetch(emu, "POST", `/v1/organizations/service_accounts/${accountId}`, {
      token: access_token, body: { organization_role: "admin" },
    }))).toContain("interactive credential");
    expect((await oauthFetch(emu, "POST", `/v1/organizations/service_accounts/${accountId}`, { body: { organization_role: "admin" } })).status).toBe(200);
  });

  it("rejects an org:admin exchange once the target is demoted to developer", async () => {
    const fed = await setUpFederation(emu, { scope: "org:admin", admin: true });
    await ok(oauthFetch(emu, "POST", `/v1/organizations/service_accounts/${fed.serviceAccountId}`, { body: { organization_role: "developer" } }));
    const reply = await exchange(emu, fed.request(await fed.idp.sign()));
    expect(reply.status).toBe(401);
    expect(reply.body.error_description).toContain("organization_role is 'developer'");
  });
});

describe("tenant pinning on well-known shared issuers", () => {
  const PINNING = "Rules on well-known shared issuers (GitHub Actions, GitLab, Buildkite, Terraform Cloud, Google) must constrain tenant identity";

  it("refuses a GitHub Actions rule that does not name the tenant", async () => {
    const github = await issuer("https://token.actions.githubusercontent.com");
    for (const match of [{ subject_prefix: "repo:*" }, { claims: { ref: "refs/heads/main" } }, { condition: 'claims.ref == "refs/heads/main"' }]) {
      expect(await expectRejected(400, () => oauthFetch(emu, "POST", "/v1/organizations/federation_rules", { body: ruleBody(github, { match }) })))
        .toContain(PINNING);
    }
  });

  it("accepts an identity claim, a tenant-pinning subject prefix, or a condition on an identity claim", async () => {
    const github = await issuer("https://token.actions.githubusercontent.com/");
    const matches = [
      { claims: { repository_owner: "acme" } },
      { subject_prefix: "repo:acme/*" },
      { condition: 'claims.repository_owner == "acme" && claims.ref == "refs/heads/main"' },
    ];
    for (const [index, match] of matches.entries()) {
      const reply = await oauthFetch(emu, "POST", "/v1/organizations/federation_rules", { body: ruleBody(github, { name: `r${index}`, match }) });
      expect(reply.status, JSON.stringify(match)).toBe(200);
    }
  });

  it("pins GitLab, Buildkite, Terraform Cloud and Google too; other issuers need no pinning", async () => {
    for (const url of ["https://gitlab.com", "https://agent.buildkite.com", "https://app.terraform.io", "https://accounts.google.com"]) {
      const id = await issuer(url);
      expect((await oauthFetch(emu, "POST", "/v1/organizations/federation_rules", { body: ruleBody(id, { match: { subject_prefix: "project*" } }) })).status).toBe(400);
    }
    expect((await oauthFetch(emu, "POST", "/v1/organizations/federation_rules", { body: ruleBody(await issuer("https://idp.example.test")) })).status).toBe(200);
  });

  it("refuses to repoint an issuer to a shared platform while a live rule would not pin the tenant", async () => {
    const own = await issuer("https://idp.example.test");
    await ok(oauthFetch(emu, "POST", "/v1/organizations/federation_rules", { body: ruleBody(own, { match: { subject_prefix: "main" } }) }));
    expect(await expectRejected(400, () => oauthFetch(emu, "POST", `/v1/organizations/federation_issuers/${own}`, {
      body: { issuer_url: "https://gitlab.com" },
    }))).toContain(PINNING);
  });
});

describe("rule shape", () => {
  it("needs a match that constrains more than the audience, and a condition the emulator can evaluate", async () => {
    const id = await issuer("https://idp.example.test");
    for (const match of [{ audience: "x" }, { subject_prefix: "*" }, {}]) {
      expect(await expectRejected(400, () => oauthFetch(emu, "POST", "/v1/organizations/federation_rules", { body: ruleBody(id, { match }) })))
        .toContain("`audience` alone is not sufficient");
    }
    expect(await expectRejected(400, () => oauthFetch(emu, "POST", "/v1/organizations/federation_rules", { body: ruleBody(id, { match: { condition: "true" } }) })))
      .toContain("constant-true");
    expect(await expectRejected(400, () => oauthFetch(emu, "POST", "/v1/organizations/federation_rules", { body: ruleBody(id, { match: { condition: "size(claims.groups) > 0" } }) })))
      .toContain("the emulator evaluates only");
  });

  it("validates references, lifetime, attributes and the workspace", async () => {
    const id = await issuer("https://idp.example.test");
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ issuer_id: "fdis_01Nope" }, /issuer_id: federation issuer 'fdis_01Nope' not found/],
      [{ target: { type: "service_account", service_account_id: "svac_01Nope" } }, /service account 'svac_01Nope' not found/],
      [{ token_lifetime_seconds: 59 }, /token_lifetime_seconds/],
      [{ attributes: { team: "claims.team" } }, /not yet supported/],
      [{ workspace_id: undefined }, /workspace_id: required unless applies_to_all_workspaces/],
      [{ oauth_scope: "workspace:developer admin:everything" }, /unknown scope/],
    ];
    for (const [extra, message] of cases) {
      expect(await expectRejected(400, () => oauthFetch(emu, "POST", "/v1/organizations/federation_rules", { body: ruleBody(id, extra) }))).toMatch(message);
    }
  });

  it("returns names at read time and manages workspace enablements", async () => {
    const id = await issuer("https://idp.example.test");
    const rule = await ok(oauthFetch(emu, "POST", "/v1/organizations/federation_rules", { body: ruleBody(id, { description: "deploys" }) }));
    expect(rule).toMatchObject({
      id: expect.stringMatching(/^fdrl_/), type: "federation_rule", issuer_name: expect.stringMatching(/^i-/), attributes: null,
      target: { type: "service_account", service_account_id: accountId, service_account_name: "ci" },
      workspace_id: workspaceId, workspace_ids: [workspaceId], applies_to_all_workspaces: false, token_lifetime_seconds: 3600,
    });
    const second = (await emu.control.seedWorkspace({ name: "Second" })).id;
    const enabled = await ok(oauthFetch(emu, "POST", `/v1/organizations/federation_rules/${rule.id}/workspaces`, { body: { workspace_id: second } }));
    expect(enabled).toMatchObject({ type: "federation_rule_workspace", federation_rule_id: rule.id, workspace_id: second, workspace_name: null });
    const list = await ok(oauthFetch(emu, "GET", `/v1/organizations/federation_rules/${rule.id}/workspaces`));
    expect(list.data.map((w: { workspace_name: string }) => w.workspace_name)).toEqual(["CI", "Second"]);
    expect(list.next_page).toBeNull();
    expect((await oauthFetch(emu, "POST", `/v1/organizations/federation_rules/${rule.id}`, { body: { workspace_id: second } })).body.error.message)
      .toContain("enabled for 2 workspaces");
    const removed = await ok(oauthFetch(emu, "DELETE", `/v1/organizations/federation_rules/${rule.id}/workspaces/${second}`));
    expect(removed).toEqual({ type: "federation_rule_workspace_deleted", federation_rule_id: rule.id, workspace_id: second });
    const archived = await ok(oauthFetch(emu, "POST", `/v1/organizations/federation_rules/${rule.id}/archive`));
    expect(archived).toMatchObject({ workspace_id: null, workspace_ids: [], archived_at: expect.any(String) });
    expect((await oauthFetch(emu, "POST", `/v1/organizations/federation_rules/${rule.id}`, { body: { name: "x" } })).status).toBe(400);
  });

  it("matches on audience and claims at exchange", async () => {
    const fed = await setUpFederation(emu, { match: { audience: "sts.acme.example", claims: { environment: "prod" } } });
    const good = await exchange(emu, fed.request(await fed.idp.sign({ aud: "sts.acme.example", environment: "prod" })));
    expect(good.status).toBe(200);
    const defaultAudience = await exchange(emu, fed.request(await fed.idp.sign({ environment: "prod" })));
    expect(defaultAudience.body.error_description).toContain("`aud`");
    const wrongClaim = await exchange(emu, fed.request(await fed.idp.sign({ aud: ["other", "sts.acme.example"], environment: "staging" })));
    expect(wrongClaim.body.error_description).toContain("`environment` claim does not match");
  });

  it("requires membership for workspaces enabled through applies_to_all_workspaces, and uses the default workspace", async () => {
    const idp = await testIdp("https://idp.example.test");
    const issuerId = (await ok(oauthFetch(emu, "POST", "/v1/organizations/federation_issuers", {
      body: { name: "all", issuer_url: "https://idp.example.test", jwks: { type: "inline", keys: [idp.publicJwk] } },
    }))).id;
    const rule = await ok(oauthFetch(emu, "POST", "/v1/organizations/federation_rules", {
      body: ruleBody(issuerId, { workspace_id: undefined, applies_to_all_workspaces: true }),
    }));
    const organizationId = (await emu.control.state()).organization.id;
    const request = async (extra: Record<string, unknown>) => exchange(emu, {
      grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: await idp.sign(), federation_rule_id: rule.id,
      organization_id: organizationId, ...extra,
    });
    expect((await request({})).status).toBe(200);
    expect((await request({ workspace_id: "default" })).status).toBe(200);
    const notMember = await request({ workspace_id: workspaceId });
    expect(notMember.body.error_description).toContain("not a member");
  });
});
