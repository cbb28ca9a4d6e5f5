import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { CryptoKey, JWK, JWTPayload } from "jose" with { "resolution-mode": "import" };
import { exchangeFederationToken } from "../../provider/client";
import { useEmulator } from "../support/emulator";
import { programRunner, pulumiProject, type PulumiProject } from "../support/pulumi-cli";
import { AUDIENCE, jose } from "../emulator-server/federation-fixtures";

// examples/keyless-ci through the real CLI, both of its stacks:
// 1. the trust set-up, run with a person's org:admin OAuth token (`anthropic:authToken`): an issuer for the
//    CI system's identity tokens (keys inline: the test is the CI system and signs with its own key; the
//    issuer accepts each token's `jti` once, the API's default), two service accounts, a membership and a
//    workspace-scoped rule; then the Console step (the emulator's control surface) makes the org:admin
//    rule for the deployer;
// 2. examples/keyless-ci/deploy, with no admin key or token anywhere (the CLI's environment holds no
//    ANTHROPIC_* variable: see projectIn), only `anthropic:federation.*`:
//    - as the README leads: `tokenCommand`, a script that mints a fresh token each time it runs (the CI
//      system's token service), so plain `up`, `refresh` and `destroy` work, each with its preview, and
//      with a data function in the program: every process exchanges a token of its own;
//    - the `tokenFile` recipe: one token file the test writes as a CI job would; refused tokens write
//      nothing; a good token serves one process, so each command runs with --skip-preview.
// Neither stack's state, output or audit log holds a token.

const ISSUER = "https://ci.example.test";
const TOKEN_ROUTE = "POST /v1/oauth/token";
const STDERR_CANARY = "TOKEN-SERVICE-STDERR-CANARY-7c1f";
const emulator = useEmulator({ resetBeforeEach: false });
let trust: PulumiProject;
let deploy: PulumiProject;
let key: { privateKey: CryptoKey; publicJwk: JWK };
let files: string;
let tokenFile: string;
let mintCommand: string;
let deployerRuleId: string;
const identityTokens: string[] = [];
let runs = 0;

/** A CI job's identity token for the infrastructure repository, as the CI system signs it. */
async function sign(claims: JWTPayload, options: { lifetimeS?: number; iatOffsetS?: number } = {}): Promise<string> {
  const { SignJWT } = await jose();
  const iat = Math.floor(Date.now() / 1000) + (options.iatOffsetS ?? 0);
  return new SignJWT({ sub: "repo:acme/infra:ref:refs/heads/main", aud: AUDIENCE, ...claims })
    .setProtectedHeader({ alg: "ES256", kid: key.publicJwk.kid! })
    .setIssuer(ISSUER).setIssuedAt(iat).setExpirationTime(iat + (options.lifetimeS ?? 300))
    .sign(key.privateKey);
}

/** The `tokenFile` way: a token written where the job writes it. */
async function ciToken(claims: JWTPayload = {}, options: { lifetimeS?: number; iatOffsetS?: number } = {}): Promise<string> {
  const token = await sign({ jti: `run-${++runs}`, ...claims }, options);
  identityTokens.push(token);
  writeFileSync(tokenFile, `${token}\n`);
  return token;
}

/**
 * The `tokenCommand` way: the CI system's token service, as a script that signs a fresh token with the
 * test's key each time it runs (like `curl "$ACTIONS_ID_TOKEN_REQUEST_URL..."` on GitHub Actions), and
 * notes each token beside it so that the test can look for them. `--fail` plays the service refusing,
 * saying something on stderr that must go nowhere.
 */
async function writeTokenService(): Promise<string> {
  const { exportJWK } = await jose();
  writeFileSync(join(files, "ci-key.jwk"), JSON.stringify({ ...(await exportJWK(key.privateKey)), kid: key.publicJwk.kid }), { mode: 0o600 });
  const joseUrl = pathToFileURL(createRequire(__filename).resolve("jose")).href;
  const script = join(files, "mint-token.mjs");
  writeFileSync(script, `
import { randomUUID } from "node:crypto";
import { appendFileSync, readFileSync } from "node:fs";
import { importJWK, SignJWT } from ${JSON.stringify(joseUrl)};
if (process.argv.includes("--fail")) {
  console.error(${JSON.stringify(`token service unavailable (${STDERR_CANARY})`)});
  process.exit(3);
}
const here = new URL(".", import.meta.url);
const jwk = JSON.parse(readFileSync(new URL("ci-key.jwk", here), "utf8"));
const iat = Math.floor(Date.now() / 1000);
const token = await new SignJWT({ sub: "repo:acme/infra:ref:refs/heads/main", aud: ${JSON.stringify(AUDIENCE)}, jti: randomUUID() })
  .setProtectedHeader({ alg: "ES256", kid: jwk.kid }).setIssuer(${JSON.stringify(ISSUER)})
  .setIssuedAt(iat).setExpirationTime(iat + 300).sign(await importJWK(jwk, "ES256"));
appendFileSync(new URL("minted", here), token + "\\n");
console.log(token);
`);
  return `node '${script}'`;
}
const minted = () => (existsSync(join(files, "minted")) ? readFileSync(join(files, "minted"), "utf8").split("\n").filter(Boolean) : []);

const requests = () => emulator.control.requests();
/** Requests that could change the organization; the token exchange changes nothing in it. */
const writes = async () =>
  Object.entries((await requests()).byRoute).filter(([route]) => !route.startsWith("GET ") && route !== TOKEN_ROUTE).reduce((n, [, c]) => n + c, 0);
const exchanges = async () => (await requests()).byRoute[TOKEN_ROUTE] ?? 0;
/** The status of each exchange since the counters were reset. */
const exchangeStatuses = async () => (await requests()).log.filter((r) => r.route === TOKEN_ROUTE).map((r) => r.status);
const liveWorkspaces = async () => (await emulator.control.state()).workspaces.filter((w) => !w.archived_at).map((w) => w.name);
const federation = async () => (await emulator.control.state()).federation!;
const output = async (project: PulumiProject, name: string) => (await project.ok(["stack", "output", name])).trim();
const setFederation = (field: string, value: string) => deploy.ok(["config", "set", "--plaintext", "--path", `anthropic:federation.${field}`, value]);
const removeFederation = (field: string) => deploy.ok(["config", "rm", "--path", `anthropic:federation.${field}`]);

// A data function in the deploy program: the program process exchanges a token of its own as well.
/** Processes that run the program in a plain `up` (preview, then update): see test/support/pulumi-cli.ts programRunner. */
const programProcessesPerUp = () => (programRunner() === "language host" ? 2 : 1);
const WITHOUT_FUNCTION = "export const workspaceId = team.id;";
const WITH_FUNCTION = `${WITHOUT_FUNCTION}\nexport const organizationName = anthropic.getOrganizationOutput().name;`;

beforeAll(async () => {
  await emulator.control.reset();
  const { exportJWK, generateKeyPair } = await jose();
  const pair = await generateKeyPair("ES256", { extractable: true });
  key = { privateKey: pair.privateKey, publicJwk: { ...(await exportJWK(pair.publicKey)), kid: "ci-key-1", alg: "ES256", use: "sig" } };
  files = mkdtempSync(join(tmpdir(), "keyless-engine-"));
  tokenFile = join(files, "oidc-token");
  mintCommand = await writeTokenService();
  trust = await pulumiProject("keyless-ci");
  await trust.ok(["config", "set", "anthropic:baseUrl", emulator.url]);
  await trust.ok(["config", "set", "anthropic:auditLog", join(files, "trust-audit.jsonl")]);
  await trust.ok(["config", "set", "issuerUrl", ISSUER]);
  await trust.ok(["config", "set", "jwks", JSON.stringify({ type: "inline", keys: [key.publicJwk] })]);
  deploy = await pulumiProject(join(__dirname, "../../examples/keyless-ci/deploy"));
}, 600_000);

afterAll(() => {
  trust?.dispose();
  deploy?.dispose();
});

describe("examples/keyless-ci: federation as code, then a stack with no static credential", { timeout: 300_000 }, () => {
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
    expect(fed.issuers.map((i) => [i.issuer_url, i.jwks.type, i.check_jti])).toEqual([[ISSUER, "inline", true]]);
    const accounts = Object.fromEntries(fed.serviceAccounts.map((a) => [a.name, a]));
    expect(accounts["ci-app"]?.organization_role).toBe("developer");
    expect(accounts["pulumi-deployer"]?.organization_role).toBe("admin");
    const ciWorkspace = await output(trust, "workspaceId");
    expect(fed.serviceAccountMembers.map((m) => [m.service_account_id, m.workspace_id, m.workspace_role]))
      .toEqual([[accounts["ci-app"]!.id, ciWorkspace, "workspace_developer"]]);
    expect(fed.rules.map((r) => [r.id, r.oauth_scope, r.target.service_account_id, r.match.subject_prefix]))
      .toEqual([[await output(trust, "appRuleId"), "workspace:developer", accounts["ci-app"]!.id, "repo:acme/app:*"]]);
    await trust.ok(["preview", "--expect-no-changes"]);

    // The Console step: once, a person makes the org:admin rule the deploy stack authenticates by.
    const state = await emulator.control.state();
    deployerRuleId = (await emulator.control.createConsoleFederationRule({
      name: "pulumi-deploy", issuer_id: await output(trust, "issuerId"), oauth_scope: "org:admin",
      match: { subject_prefix: "repo:acme/infra:*" },
      target: { type: "service_account", service_account_id: await output(trust, "deployerServiceAccountId") },
      workspace_id: state.defaultWorkspaceId, token_lifetime_seconds: 900,
    })).id;

    await deploy.ok(["config", "set", "anthropic:baseUrl", emulator.url]);
    await deploy.ok(["config", "set", "anthropic:auditLog", join(files, "deploy-audit.jsonl")]);
    await deploy.ok(["config", "set", "--path", "anthropic:federation.ruleId", deployerRuleId]);
    await deploy.ok(["config", "set", "--path", "anthropic:federation.organizationId", await output(trust, "organizationId")]);
    // --plaintext: the CLI takes a random-looking value under a key named like "token" for a secret.
    await setFederation("tokenCommand", mintCommand);
    expect(Object.keys(JSON.parse(await deploy.ok(["config", "--json"])))).toEqual(["anthropic:auditLog", "anthropic:baseUrl", "anthropic:federation"]);
  });

  describe("tokenCommand: a fresh identity token for every exchange", () => {
    test("a token service that fails: up stops with the setting, the program and its exit code, never its stderr, and writes nothing", async () => {
      await setFederation("tokenCommand", `${mintCommand} --fail`);
      await emulator.control.resetRequests();
      const up = await deploy.run(["up", "--yes"]);
      expect(up.code).not.toBe(0);
      expect(up.output).toContain("anthropic:federation.tokenCommand: `node` exited with code 3, so there is no identity token to exchange.");
      expect(up.output).not.toContain(STDERR_CANARY);
      expect(up.output).not.toContain("mint-token.mjs");
      expect(await exchanges()).toBe(0);
      expect(await writes()).toBe(0);
      await setFederation("tokenCommand", mintCommand);
    });

    test("plain `up --yes`, with its preview and a data function, creates the workspace: each process exchanges its own token", async () => {
      deploy.edit(WITHOUT_FUNCTION, WITH_FUNCTION);
      await emulator.control.resetRequests();
      const before = minted().length;
      await deploy.ok(["up", "--yes"]);
      expect(await liveWorkspaces()).toContain("Team");
      expect(await output(deploy, "organizationName")).toBe((await emulator.control.state()).organization.name);
      // Every process that called the API exchanged a token of its own, once: the program's (the data
      // function) and the update's provider. (The preview's provider sent nothing: a create is planned
      // without a request.) The language host starts a program process for the preview and another for the
      // update; scripts/pulumi.mjs runs both in its own process, whose token cache serves the second. With
      // one token file, the second process would be refused.
      const processes = programProcessesPerUp() + 1;
      expect(await exchangeStatuses()).toEqual(Array(processes).fill(200));
      const tokens = minted().slice(before);
      expect(tokens.length).toBe(processes);
      expect(new Set(tokens.map((t) => JSON.parse(Buffer.from(t.split(".")[1]!, "base64url").toString()).jti)).size).toBe(tokens.length);
    });

    test("preview with no changes, and plain `refresh --yes`, each with fresh tokens", async () => {
      await emulator.control.resetRequests();
      await deploy.ok(["preview", "--expect-no-changes"]);
      // The program's data function.
      expect(await exchangeStatuses()).toEqual([200]);
      await emulator.control.resetRequests();
      await deploy.ok(["refresh", "--yes"]);
      // refresh reads in its preview (one provider process), then again in the refresh (another).
      expect(await exchangeStatuses()).toEqual([200, 200]);
      expect(await writes()).toBe(0);
    });

    test("plain `destroy --yes` archives the workspace", async () => {
      const id = await output(deploy, "workspaceId");
      await emulator.control.resetRequests();
      await deploy.ok(["destroy", "--yes"]);
      expect(await exchangeStatuses()).toEqual([200]);
      expect((await emulator.control.state()).workspaces.find((w) => w.id === id)?.archived_at).toEqual(expect.any(String));
    });
  });

  describe("tokenFile: one token per command, as a CI job writes it", () => {
    test("the stack switches to a token file: the program without a data function", async () => {
      deploy.edit(WITH_FUNCTION, WITHOUT_FUNCTION);
      await removeFederation("tokenCommand");
      await setFederation("tokenFile", tokenFile);
      expect(Object.keys(JSON.parse(await deploy.ok(["config", "get", "anthropic:federation"]))).sort()).toEqual(["organizationId", "ruleId", "tokenFile"]);
    });

    const refusals: Array<[string, () => Promise<unknown>, RegExp]> = [
      ["an identity token for another audience", () => ciToken({ aud: "https://other.example" }), /`aud` does not include the audience/],
      ["an expired identity token", () => ciToken({}, { iatOffsetS: -3700, lifetimeS: 3600 }), /expired/i],
      ["an identity token whose jti was used before", async () => {
        const replayed = await ciToken();
        await exchangeFederationToken({ baseUrl: emulator.url, federationRuleId: deployerRuleId, organizationId: await output(trust, "organizationId"), identityToken: replayed });
      }, /jti/],
      ["a rule that does not exist", async () => {
        await ciToken();
        await deploy.ok(["config", "set", "--path", "anthropic:federation.ruleId", "fdrl_01doesnotexist"]);
      }, /fdrl_01doesnotexist.*not found/],
    ];
    test.each(refusals)("%s: up fails with the token endpoint's reason, and writes nothing", async (_what, prepare, reason) => {
      await prepare();
      await emulator.control.resetRequests();
      const before = await liveWorkspaces();
      const up = await deploy.run(["up", "--yes"]);
      expect(up.code).not.toBe(0);
      expect(up.output).toMatch(/exchangeFederationToken failed: 401 invalid_grant/);
      expect(up.output).toMatch(reason);
      expect(await exchanges()).toBe(1);
      expect(await writes()).toBe(0);
      expect(await liveWorkspaces()).toEqual(before);
      await deploy.ok(["config", "set", "--path", "anthropic:federation.ruleId", deployerRuleId]);
    });

    // The recipe for a token file: a fresh identity token for each command, and no separate preview phase,
    // whose provider (another process) would exchange the same single-use token first.
    test("up --skip-preview creates the workspace; refresh --skip-preview and preview each exchange a fresh token", async () => {
      await ciToken();
      await emulator.control.resetRequests();
      await deploy.ok(["up", "--yes", "--skip-preview"]);
      expect(await liveWorkspaces()).toContain("Team");
      // One exchange served the whole update.
      expect(await exchanges()).toBe(1);
      await ciToken();
      await deploy.ok(["refresh", "--yes", "--skip-preview"]);
      await ciToken();
      await deploy.ok(["preview", "--expect-no-changes"]);
    });

    test("a command whose preview phase also calls the API cannot reuse the single-use token: it fails on jti, and writes nothing", async () => {
      // What tokenCommand is for: `pulumi refresh` reads in its preview (one provider process), then again in the refresh (another).
      await ciToken();
      await emulator.control.resetRequests();
      const refresh = await deploy.run(["refresh", "--yes"]);
      expect(refresh.code).not.toBe(0);
      expect(refresh.output).toMatch(/The assertion's `jti` was already used/);
      expect(await exchanges()).toBe(2);
      expect(await writes()).toBe(0);
    });

    test("destroy --skip-preview, with a fresh token, archives the workspace", async () => {
      const id = await output(deploy, "workspaceId");
      await ciToken();
      await emulator.control.resetRequests();
      await deploy.ok(["destroy", "--yes", "--skip-preview"]);
      expect(await exchanges()).toBe(1);
      expect((await emulator.control.state()).workspaces.find((w) => w.id === id)?.archived_at).toEqual(expect.any(String));
    });
  });

  test("once the Console archives the org:admin rule, no token gets through; the trust stack is destroyed with the person's token", async () => {
    // The Console step again: a person archives the org:admin rule there; OAuth callers may not.
    const archived = await emulator.control.archiveConsoleFederationRule(deployerRuleId);
    expect(archived.archived_at).toEqual(expect.any(String));
    await removeFederation("tokenFile");
    await setFederation("tokenCommand", mintCommand);
    await emulator.control.resetRequests();
    const up = await deploy.run(["up", "--yes"]);
    expect(up.code).not.toBe(0);
    expect(up.output).toMatch(new RegExp(`Federation rule '${deployerRuleId}' is archived`));
    expect(await writes()).toBe(0);

    await trust.ok(["destroy", "--yes"]);
    const fed = await federation();
    expect(fed.serviceAccounts.every((a) => a.archived_at)).toBe(true);
    expect(fed.issuers.every((i) => i.archived_at)).toBe(true);
    expect(fed.rules.every((r) => r.archived_at)).toBe(true);
    expect(fed.ruleWorkspaces.filter((w) => w.federation_rule_id === deployerRuleId)).toEqual([]);
  });

  test("no token is in either stack's state, CLI output or audit log", () => {
    const deployAudit = readFileSync(join(files, "deploy-audit.jsonl"), "utf8");
    expect(deployAudit).toContain('"operation":"exchangeFederationToken"');
    expect(deployAudit).toContain('"path":"/v1/organizations/workspaces"');
    expect(existsSync(join(files, "trust-audit.jsonl"))).toBe(true);
    const texts = {
      trustState: trust.stateFile(), trustOutput: trust.transcript(), trustAudit: readFileSync(join(files, "trust-audit.jsonl"), "utf8"),
      deployState: deploy.stateFile(), deployOutput: deploy.transcript(), deployAudit,
    };
    // Written to the token file by the test, and printed by the token command.
    const tokens = [...identityTokens, ...minted()];
    expect(identityTokens.length).toBeGreaterThanOrEqual(8);
    // One per exchange by tokenCommand: plain up (its program processes and its provider), preview, refresh
    // (two), destroy, and the up refused for the archived rule.
    expect(minted().length).toBe(programProcessesPerUp() + 1 + 1 + 2 + 1 + 1);
    for (const [where, text] of Object.entries(texts)) {
      expect(text.length, where).toBeGreaterThan(0);
      for (const secret of [emulator.oauthToken, emulator.adminKey, ...tokens, ...tokens.map((t) => t.split(".")[2]!)]) {
        expect(text.includes(secret), `${where} holds a credential`).toBe(false);
      }
      // The federated access tokens never left the provider: nothing shaped like an OAuth token or a JWT anywhere.
      expect(text, where).not.toMatch(/sk-ant-oat|eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\./);
      expect(text, where).not.toContain(STDERR_CANARY);
    }
  });
});
