import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { CryptoKey, JWK, JWTPayload } from "jose" with { "resolution-mode": "import" };
import { expect } from "vitest";
import { AUDIENCE, jose } from "../emulator-server/federation-fixtures";
import type { EmulatorHandle } from "./emulator";
import { personSdk } from "./oauth-provider";
import { programRunner, pulumiProject, setConfig, type PulumiProject } from "./pulumi-cli";

// What the examples/keyless-ci engine tests share (test/engine/keyless-*.engine.test.ts): the CI system
// (its signing key, its token service, the token file a job writes), the org:admin trust its deploy
// stack authenticates by, and what they look for in the emulator and in every text a run leaves.

export const CI_ISSUER = "https://ci.example.test";
export const TOKEN_ROUTE = "POST /v1/oauth/token";
export const STDERR_CANARY = "TOKEN-SERVICE-STDERR-CANARY-7c1f";

export interface CiSystem {
  readonly publicJwk: JWK;
  /** The folder of the CI system's files: its key, token service, token file, and the audit logs. */
  readonly files: string;
  readonly tokenFile: string;
  /** `tokenCommand`: a script that signs a fresh token each time it runs; `--fail` plays the service refusing. */
  readonly mintCommand: string;
  /** Every token the test wrote to the token file. */
  readonly identityTokens: string[];
  /** The `tokenFile` way: a CI job's identity token for the infrastructure repository, written where the job writes it. */
  ciToken(claims?: JWTPayload, options?: { lifetimeS?: number; iatOffsetS?: number }): Promise<string>;
  /** Every token the token service printed. */
  minted(): string[];
}

/** The CI system: a signing key of the test's own, a token service and a token file in a new folder. */
export async function ciSystem(): Promise<CiSystem> {
  const { exportJWK, generateKeyPair, SignJWT } = await jose();
  const pair = await generateKeyPair("ES256", { extractable: true });
  const privateKey: CryptoKey = pair.privateKey;
  const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: "ci-key-1", alg: "ES256", use: "sig" };
  const files = mkdtempSync(join(tmpdir(), "keyless-engine-"));
  const tokenFile = join(files, "oidc-token");
  writeFileSync(join(files, "ci-key.jwk"), JSON.stringify({ ...(await exportJWK(privateKey)), kid: publicJwk.kid }), { mode: 0o600 });
  const mintCommand = writeTokenService(files);
  const identityTokens: string[] = [];
  let runs = 0;
  return {
    publicJwk, files, tokenFile, mintCommand, identityTokens,
    async ciToken(claims = {}, options = {}) {
      const iat = Math.floor(Date.now() / 1000) + (options.iatOffsetS ?? 0);
      const token = await new SignJWT({ sub: "repo:acme/infra:ref:refs/heads/main", aud: AUDIENCE, jti: `run-${++runs}`, ...claims })
        .setProtectedHeader({ alg: "ES256", kid: publicJwk.kid })
        .setIssuer(CI_ISSUER).setIssuedAt(iat).setExpirationTime(iat + (options.lifetimeS ?? 300))
        .sign(privateKey);
      identityTokens.push(token);
      writeFileSync(tokenFile, `${token}\n`);
      return token;
    },
    minted: () => (existsSync(join(files, "minted")) ? readFileSync(join(files, "minted"), "utf8").split("\n").filter(Boolean) : []),
  };
}

/**
 * The CI system's token service, as a script that signs a fresh token with the key in `files` each time it
 * runs (like `curl "$ACTIONS_ID_TOKEN_REQUEST_URL..."` on GitHub Actions), and notes each token beside it
 * so that the test can look for them. `--fail` plays the service refusing, saying something on stderr
 * that must go nowhere.
 */
function writeTokenService(files: string): string {
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
  .setProtectedHeader({ alg: "ES256", kid: jwk.kid }).setIssuer(${JSON.stringify(CI_ISSUER)})
  .setIssuedAt(iat).setExpirationTime(iat + 300).sign(await importJWK(jwk, "ES256"));
appendFileSync(new URL("minted", here), token + "\\n");
console.log(token);
`);
  return `node '${script}'`;
}

/** What the tests read back from the emulator. */
export function keylessProbes(emulator: EmulatorHandle) {
  const requests = () => emulator.control.requests();
  return {
    requests,
    /** Requests that could change the organization; the token exchange changes nothing in it. */
    writes: async () =>
      Object.entries((await requests()).byRoute).filter(([route]) => !route.startsWith("GET ") && route !== TOKEN_ROUTE).reduce((n, [, c]) => n + c, 0),
    exchanges: async () => (await requests()).byRoute[TOKEN_ROUTE] ?? 0,
    /** The status of each exchange since the counters were reset. */
    exchangeStatuses: async () => (await requests()).log.filter((r) => r.route === TOKEN_ROUTE).map((r) => r.status),
    liveWorkspaces: async () => (await emulator.control.state()).workspaces.filter((w) => !w.archived_at).map((w) => w.name),
    federation: async () => (await emulator.control.state()).federation!,
  };
}

export const stackOutput = async (project: PulumiProject, name: string) => (await project.ok(["stack", "output", name])).trim();

/** Processes that run the program in a plain `up` (preview, then update): see test/support/pulumi-cli.ts programRunner. */
export const programProcessesPerUp = () => (programRunner() === "language host" ? 2 : 1);

/**
 * The trust the deploy stack authenticates by, as examples/keyless-ci's trust stack and its Console step
 * leave it (keyless-trust.engine.test.ts runs those): the CI issuer with the CI system's key inline, the
 * `pulumi-deployer` service account (organization admin), and the org:admin rule the Console made for it.
 */
export async function deployerTrust(emulator: EmulatorHandle, ci: CiSystem): Promise<{ ruleId: string; organizationId: string }> {
  const org = personSdk(emulator).beta.organization;
  const issuer = await org.federation.issuers.create({ name: "ci-oidc", issuer_url: CI_ISSUER, jwks: { type: "inline", keys: [ci.publicJwk] } });
  const deployer = await org.serviceAccounts.create({ name: "pulumi-deployer", organization_role: "admin" });
  const state = await emulator.control.state();
  const rule = await emulator.control.createConsoleFederationRule({
    name: "pulumi-deploy", issuer_id: issuer.id, oauth_scope: "org:admin", match: { subject_prefix: "repo:acme/infra:*" },
    target: { type: "service_account", service_account_id: deployer.id }, workspace_id: state.defaultWorkspaceId, token_lifetime_seconds: 900,
  });
  return { ruleId: rule.id, organizationId: state.organization.id };
}

/**
 * examples/keyless-ci/deploy pointed at the emulator and the deployer's rule, with no admin key or token
 * anywhere (the CLI's environment holds no ANTHROPIC_* variable: see pulumi-cli.ts projectIn), only
 * `anthropic:federation.*`; the audit log in the CI system's folder. Its program runs transpile-only:
 * `npm test` type-checks it (tsconfig.check.json), and these tests are about credentials.
 */
export async function keylessDeployProject(emulator: EmulatorHandle, ci: CiSystem, trust: { ruleId: string; organizationId: string }) {
  const project = await pulumiProject(join(__dirname, "../../examples/keyless-ci/deploy"), "dev", { typeCheck: false });
  await setConfig(project, {
    "anthropic:baseUrl": emulator.url, "anthropic:auditLog": join(ci.files, "deploy-audit.jsonl"),
    "anthropic:federation.ruleId": trust.ruleId, "anthropic:federation.organizationId": trust.organizationId,
  }, {}, { path: true });
  return {
    project,
    // --plaintext: the CLI takes a random-looking value under a key named like "token" for a secret.
    setFederation: (field: string, value: string) => project.ok(["config", "set", "--plaintext", "--path", `anthropic:federation.${field}`, value]),
    removeFederation: (field: string) => project.ok(["config", "rm", "--path", `anthropic:federation.${field}`]),
  };
}

/**
 * No credential in any of `texts` (state files, CLI transcripts, audit logs): none of `secrets`, nor the
 * signature part of any token among them, nor anything shaped like an OAuth token or a JWT (the federated
 * access tokens never leave the provider), nor the token service's stderr.
 */
export function expectNoCredentialIn(texts: Record<string, string>, secrets: string[]): void {
  const tokenSignatures = secrets.filter((s) => s.split(".").length === 3).map((t) => t.split(".")[2]!);
  for (const [where, text] of Object.entries(texts)) {
    expect(text.length, where).toBeGreaterThan(0);
    for (const secret of [...secrets, ...tokenSignatures]) {
      expect(text.includes(secret), `${where} holds a credential`).toBe(false);
    }
    expect(text, where).not.toMatch(/sk-ant-oat|eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\./);
    expect(text, where).not.toContain(STDERR_CANARY);
  }
}
