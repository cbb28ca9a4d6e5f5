import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { useEmulator } from "../support/emulator";
import { CI_ISSUER, ciSystem, expectNoCredentialIn, keylessProbes, stackOutput as output, type CiSystem } from "../support/keyless-ci";
import { pulumiProject, setConfig, type PulumiProject } from "../support/pulumi-cli";

// examples/keyless-ci's trust set-up through the real CLI, run with a person's org:admin OAuth token
// (`anthropic:authToken`): an issuer for the CI system's identity tokens (keys inline: the test is the CI
// system and signs with its own key; the issuer accepts each token's `jti` once, the API's default), two
// service accounts, a membership and a workspace-scoped rule; then the Console step (the emulator's
// control surface) makes the org:admin rule for the deployer from the stack's outputs. The deploy stack
// that authenticates by that rule: keyless-token-command and keyless-token-file.

const emulator = useEmulator({ resetBeforeEach: false });
const { requests, writes, federation } = keylessProbes(emulator);
let ci: CiSystem;
let trust: PulumiProject;
let deployerRuleId: string;

beforeAll(async () => {
  await emulator.control.reset();
  ci = await ciSystem();
  // Transpile-only: `npm test` type-checks the program (tsconfig.check.json); this test is about credentials.
  trust = await pulumiProject("keyless-ci", "dev", { typeCheck: false });
  await setConfig(trust, {
    "anthropic:baseUrl": emulator.url, "anthropic:auditLog": join(ci.files, "trust-audit.jsonl"), issuerUrl: CI_ISSUER,
    jwks: JSON.stringify({ type: "inline", keys: [ci.publicJwk] }),
  });
}, 600_000);

afterAll(() => trust?.dispose());

describe("examples/keyless-ci: federation as code, with a person's token", { timeout: 300_000 }, () => {
  test("with an admin key only, the preview fails naming the OAuth credential the service accounts and federation need", async () => {
    await trust.ok(["config", "set", "--secret", "anthropic:adminKey", emulator.adminKey]);
    await emulator.control.resetRequests();
    const preview = await trust.run(["preview"]);
    expect(preview.code).not.toBe(0);
    // The engine stops the preview at the first resource that fails its check: one of the four kinds.
    expect(preview.output).toMatch(/(FederationIssuer|ServiceAccount|ServiceAccountWorkspace|FederationRule) takes an OAuth access token with the org:admin scope, not an admin key/);
    expect(preview.output).toContain("pulumi config set --secret anthropic:authToken <token>` with a token from `ant auth login --scope org:admin`");
    expect(await writes()).toBe(0);
    expect(Object.keys((await requests()).byRoute).filter((r) => /service_accounts|federation/.test(r))).toEqual([]);
    await trust.ok(["config", "rm", "anthropic:adminKey"]);
  });

  test("a person's org:admin token creates the issuer, the service accounts, the membership and the workspace:developer rule", async () => {
    await trust.ok(["config", "set", "--secret", "anthropic:authToken", emulator.oauthToken]);
    await trust.ok(["up", "--yes"]);
    const fed = await federation();
    // check_jti: the API's default, and what makes a token good for one exchange only.
    expect(fed.issuers.map((i) => [i.issuer_url, i.jwks.type, i.check_jti])).toEqual([[CI_ISSUER, "inline", true]]);
    const accounts = Object.fromEntries(fed.serviceAccounts.map((a) => [a.name, a]));
    expect(accounts["ci-app"]?.organization_role).toBe("developer");
    expect(accounts["pulumi-deployer"]?.organization_role).toBe("admin");
    const ciWorkspace = await output(trust, "workspaceId");
    expect(fed.serviceAccountMembers.map((m) => [m.service_account_id, m.workspace_id, m.workspace_role]))
      .toEqual([[accounts["ci-app"]!.id, ciWorkspace, "workspace_developer"]]);
    expect(fed.rules.map((r) => [r.id, r.oauth_scope, r.target.service_account_id, r.match.subject_prefix]))
      .toEqual([[await output(trust, "appRuleId"), "workspace:developer", accounts["ci-app"]!.id, "repo:acme/app:*"]]);
    await trust.ok(["preview", "--expect-no-changes"]);
  });

  test("the Console step: the org:admin rule for the deployer, from the stack's outputs", async () => {
    const state = await emulator.control.state();
    const rule = await emulator.control.createConsoleFederationRule({
      name: "pulumi-deploy", issuer_id: await output(trust, "issuerId"), oauth_scope: "org:admin",
      match: { subject_prefix: "repo:acme/infra:*" },
      target: { type: "service_account", service_account_id: await output(trust, "deployerServiceAccountId") },
      workspace_id: state.defaultWorkspaceId, token_lifetime_seconds: 900,
    });
    deployerRuleId = rule.id;
    expect((await federation()).rules.find((r) => r.id === deployerRuleId)?.oauth_scope).toBe("org:admin");
    // What the deploy stack is configured with: the organization the stack reports is the one it is in.
    expect(await output(trust, "organizationId")).toBe(state.organization.id);
  });

  test("once the Console archives the org:admin rule, the trust stack is destroyed with the person's token", async () => {
    // The Console step again: a person archives the org:admin rule there; OAuth callers may not.
    const archived = await emulator.control.archiveConsoleFederationRule(deployerRuleId);
    expect(archived.archived_at).toEqual(expect.any(String));

    await trust.ok(["destroy", "--yes"]);
    const fed = await federation();
    expect(fed.serviceAccounts.every((a) => a.archived_at)).toBe(true);
    expect(fed.issuers.every((i) => i.archived_at)).toBe(true);
    expect(fed.rules.every((r) => r.archived_at)).toBe(true);
    expect(fed.ruleWorkspaces.filter((w) => w.federation_rule_id === deployerRuleId)).toEqual([]);
  });

  test("no token is in the trust stack's state, CLI output or audit log", () => {
    expect(existsSync(join(ci.files, "trust-audit.jsonl"))).toBe(true);
    expectNoCredentialIn(
      { trustState: trust.stateFile(), trustOutput: trust.transcript(), trustAudit: readFileSync(join(ci.files, "trust-audit.jsonl"), "utf8") },
      [emulator.oauthToken, emulator.adminKey],
    );
  });
});
