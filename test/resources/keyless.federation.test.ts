import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { FederationExchangeError } from "../../provider/client/federation-token";
import { federatedAccessToken, federatedAccessTokens, federationKey, forgetFederatedAccessTokens } from "../../provider/credentials/federated-token";
import type { FederationSetting } from "../../provider/credentials/federation-setting";
import { implementation } from "../../provider/dynamic/implementation";
import type { ResourceKind } from "../../provider/base/kinds";
import { rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";
import { newDeployment } from "../support/provider";
import { setUpFederation, type Federation } from "../emulator-server/federation-fixtures";

// A stack whose only credential is workload identity federation (`anthropic:federation`): the provider
// exchanges the identity token it reads from a file (or gets from a command, fresh each time), once for all the operations of a process, again
// shortly before expiry and once after a 401; neither token reaches an audit record. The emulator plays
// the API and the Console (which alone makes the org:admin rule).

const emu = useEmulator();
const TOKEN_ROUTE = "POST /v1/oauth/token";
let dir: string;
let tokenFile: string;
let auditLog: string;

beforeEach(() => {
  forgetFederatedAccessTokens();
  newDeployment();
  dir = mkdtempSync(join(tmpdir(), "keyless-"));
  tokenFile = join(dir, "oidc-token");
  auditLog = join(dir, "audit.jsonl");
});

const exchanges = async () => (await emu.control.requests()).byRoute[TOKEN_ROUTE] ?? 0;
const setting = (fed: Federation): FederationSetting => ({
  ruleId: fed.ruleId, organizationId: fed.organizationId, serviceAccountId: fed.serviceAccountId, tokenFile,
});

/** An org:admin rule made in the "Console", its identity token written where the CI system would put it. */
async function adminFederation(options: { checkJti?: boolean; tokenLifetimeS?: number } = {}) {
  const fed = await setUpFederation(emu, { scope: "org:admin", admin: true, checkJti: options.checkJti ?? true, tokenLifetimeS: options.tokenLifetimeS ?? 900 });
  let n = 0;
  const writeToken = async (claims: Record<string, unknown> = {}, signOptions = {}) => {
    const token = await fed.idp.sign({ jti: `job-${++n}-${Math.random()}`, ...claims }, signOptions);
    writeFileSync(tokenFile, `${token}\n`);
    return token;
  };
  return { fed, writeToken };
}

async function provider(kind: ResourceKind, config: Record<string, string>): Promise<Required<pulumi.dynamic.ResourceProvider>> {
  const impl = implementation(kind);
  await impl.configure({ config: { get: (key: string) => config[key], require: (key: string) => config[key]! } } as never);
  return impl;
}

const federationConfig = (fed: Federation) => ({
  "anthropic:federation": JSON.stringify(setting(fed)), "anthropic:baseUrl": emu.url, "anthropic:auditLog": auditLog,
});

describe("a stack authenticated only by federation", () => {
  test("manages workspaces with one exchange for every operation of the process, concurrent ones included", async () => {
    const { fed, writeToken } = await adminFederation();
    const identityToken = await writeToken();
    await emu.control.resetRequests();
    const workspace = await provider("Workspace", federationConfig(fed));
    const checked = await Promise.all(["ci-a", "ci-b", "ci-c"].map((name) => workspace.check({}, { name })));
    for (const c of checked) expect(c.failures).toEqual([]);
    // A check reads no token and sends nothing.
    expect((await emu.control.requests()).total).toBe(0);
    const created = await Promise.all(checked.map((c) => workspace.create(c.inputs)));
    expect(await exchanges()).toBe(1);
    const names = (await emu.control.state()).workspaces.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["ci-a", "ci-b", "ci-c"]));
    await workspace.update(created[0]!.id, created[0]!.outs, { ...checked[0]!.inputs, name: "ci-a2" });
    await Promise.all(created.map((c) => workspace.delete(c.id, c.outs)));
    expect(await exchanges()).toBe(1);

    const [accessToken] = federatedAccessTokens();
    expect(accessToken).toMatch(/^sk-ant-oat01-/);
    const log = readFileSync(auditLog, "utf8");
    expect(log).toContain('"operation":"exchangeFederationToken"');
    expect(log).toContain("createWorkspace");
    for (const secret of [identityToken, identityToken.split(".")[2]!, accessToken!]) expect(log).not.toContain(secret);
  });

  test("reads the token file again for each exchange, and exchanges again once when the API refuses the access token", async () => {
    const { fed, writeToken } = await adminFederation();
    await writeToken();
    const workspace = await provider("Workspace", federationConfig(fed));
    const { id, outs } = await workspace.create((await workspace.check({}, { name: "refused-once" })).inputs);
    // The CI system rotates the file; the server forgets every token it minted (a restart, a revocation).
    await writeToken();
    await emu.control.restore(await emu.control.state());
    await emu.control.resetRequests();
    const read = await workspace.read(id, outs);
    expect(read.id).toBe(id);
    const log = (await emu.control.requests()).log.map((r) => `${r.status} ${r.route}`);
    expect(log).toEqual([
      "401 GET /v1/organizations/workspaces/{id}",
      `200 ${TOKEN_ROUTE}`,
      "200 GET /v1/organizations/workspaces/{id}",
    ]);
  });

  test("refreshes as the SDK does: kept while over 120 s are left, exchanged again under it, the old one kept if that fails", async () => {
    const { fed, writeToken } = await adminFederation({ tokenLifetimeS: 600 });
    const ctx = { baseUrl: emu.url, settingName: "anthropic:federation", audit: () => undefined };
    const key = federationKey(undefined, emu.url, setting(fed));
    const now = Date.now();
    await writeToken();
    const first = await federatedAccessToken(key, setting(fed), ctx, now);
    expect(await federatedAccessToken(key, setting(fed), ctx, now + 400_000)).toBe(first);
    expect(await exchanges()).toBe(1);
    // ~100 s left: the advisory window. The file still holds the used token: the issuer refuses its jti again.
    expect(await federatedAccessToken(key, setting(fed), ctx, now + 500_000)).toBe(first);
    expect(await exchanges()).toBe(2);
    // Not tried again within 5 s of a failed advisory refresh.
    expect(await federatedAccessToken(key, setting(fed), ctx, now + 501_000)).toBe(first);
    expect(await exchanges()).toBe(2);
    await writeToken();
    const second = await federatedAccessToken(key, setting(fed), ctx, now + 590_000);
    expect(second).not.toBe(first);
    expect(await exchanges()).toBe(3);
  });

  test.each([
    ["a wrong audience", { aud: "https://wrong.example" }, {}, /`aud` does not include the audience/],
    ["an expired token", {}, { iatOffsetS: -4000, lifetimeS: 3600 }, /expired|exp/i],
  ])("%s fails the operation with the server's reason and writes nothing", async (_what, claims, signOptions, reason) => {
    const { fed, writeToken } = await adminFederation();
    const identityToken = await writeToken(claims, signOptions);
    const before = (await emu.control.state()).workspaces.length;
    const workspace = await provider("Workspace", federationConfig(fed));
    const err = await rejectionOf(workspace.create((await workspace.check({}, { name: "never" })).inputs));
    expect(err).toBeInstanceOf(FederationExchangeError);
    expect(err.message).toMatch(reason);
    expect(err.message).toContain(fed.ruleId);
    expect(err.message).not.toContain(identityToken);
    expect((await emu.control.state()).workspaces.length).toBe(before);
  });

  test("a reused jti (the issuer checks them) and an unknown rule fail the same way, before any write", async () => {
    const { fed, writeToken } = await adminFederation({ checkJti: true });
    await writeToken();
    const workspace = await provider("Workspace", federationConfig(fed));
    const inputs = (await workspace.check({}, { name: "never" })).inputs;
    await federatedAccessToken(federationKey("other", emu.url, setting(fed)), setting(fed), { baseUrl: emu.url, settingName: "x", audit: () => undefined });
    const before = (await emu.control.state()).workspaces.length;
    expect((await rejectionOf(workspace.create(inputs))).message).toMatch(/jti/);
    forgetFederatedAccessTokens();
    await writeToken();
    const unknown = await provider("Workspace", { ...federationConfig(fed), "anthropic:federation": JSON.stringify({ ...setting(fed), ruleId: "fdrl_01unknown" }) });
    expect((await rejectionOf(unknown.create(inputs))).message).toMatch(/fdrl_01unknown.*not found/);
    expect((await emu.control.state()).workspaces.length).toBe(before);
  });

  test("tokenCommand: each exchange runs the command for a fresh token, so another process is not refused the way a reused file is", async () => {
    const { fed } = await adminFederation({ checkJti: true });
    // The CI system's token service: hands out the next of the tokens it signed, one per run.
    const signed = await Promise.all([1, 2, 3].map((n) => fed.idp.sign({ jti: `minted-${n}-${Math.random()}` })));
    signed.forEach((token, i) => writeFileSync(join(dir, `minted-${i + 1}`), token));
    writeFileSync(join(dir, "runs"), "0");
    const tokenCommand = `n=$(($(cat '${dir}/runs') + 1)); echo $n > '${dir}/runs'; cat '${dir}/minted-'$n`;
    const commandConfig = { ...federationConfig(fed), "anthropic:federation": JSON.stringify({ ...setting(fed), tokenFile: undefined, tokenCommand }) };
    const workspace = await provider("Workspace", commandConfig);
    const checked = await workspace.check({}, { name: "minted" });
    expect(checked.failures).toEqual([]);
    // The preview check does not run the command.
    expect(readFileSync(join(dir, "runs"), "utf8").trim()).toBe("0");
    await emu.control.resetRequests();
    const { id, outs } = await workspace.create(checked.inputs);
    // A second process: a new provider with an empty token cache, as the update after a preview.
    forgetFederatedAccessTokens();
    expect((await (await provider("Workspace", commandConfig)).read(id, outs)).id).toBe(id);
    expect((await emu.control.requests()).log.filter((r) => r.route === TOKEN_ROUTE).map((r) => r.status)).toEqual([200, 200]);
    expect(readFileSync(join(dir, "runs"), "utf8").trim()).toBe("2");
    const log = readFileSync(auditLog, "utf8");
    for (const token of signed) expect(log).not.toContain(token.split(".")[2]!);
  });

  test("tokenSource github-actions: each exchange asks the job's token service for a fresh token", async () => {
    const { fed } = await adminFederation({ checkJti: true });
    // GitHub's token service as a job sees it: a URL and a request token in the environment.
    const audiences: string[] = [];
    const service = createServer((req, res) => {
      const url = new URL(req.url!, "http://127.0.0.1");
      audiences.push(`${url.searchParams.get("audience")} ${req.headers.authorization}`);
      void fed.idp.sign({ jti: `gha-${audiences.length}-${Math.random()}`, aud: url.searchParams.get("audience")! })
        .then((value) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ count: 1, value })));
    });
    await new Promise<void>((ready) => service.listen(0, "127.0.0.1", ready));
    const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `http://127.0.0.1:${(service.address() as AddressInfo).port}/token?api-version=2.0`;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = "gha-request-token";
    try {
      const config = { ...federationConfig(fed), "anthropic:federation": JSON.stringify({ ...setting(fed), tokenFile: undefined, tokenSource: "github-actions" }) };
      const workspace = await provider("Workspace", config);
      const checked = await workspace.check({}, { name: "from-actions" });
      expect(checked.failures).toEqual([]);
      expect(audiences).toEqual([]);
      await emu.control.resetRequests();
      const { id, outs } = await workspace.create(checked.inputs);
      forgetFederatedAccessTokens();
      expect((await (await provider("Workspace", config)).read(id, outs)).id).toBe(id);
      expect((await emu.control.requests()).log.filter((r) => r.route === TOKEN_ROUTE).map((r) => r.status)).toEqual([200, 200]);
      expect(audiences).toEqual(["https://api.anthropic.com bearer gha-request-token", "https://api.anthropic.com bearer gha-request-token"]);
      expect(readFileSync(auditLog, "utf8")).not.toContain("gha-request-token");
    } finally {
      for (const [name, value] of [["ACTIONS_ID_TOKEN_REQUEST_URL", saved.url], ["ACTIONS_ID_TOKEN_REQUEST_TOKEN", saved.token]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      service.close();
    }
  });

  test("a token command that fails stops the operation before any exchange, naming the setting and program only", async () => {
    const { fed } = await adminFederation();
    const tokenCommand = "printf 'stderr-canary-leaked' >&2; printf 'stdout-canary-leaked'; false";
    const workspace = await provider("Workspace", { ...federationConfig(fed), "anthropic:federation": JSON.stringify({ ...setting(fed), tokenFile: undefined, tokenCommand }) });
    const err = await rejectionOf(workspace.create((await workspace.check({}, { name: "never" })).inputs));
    expect(err.message).toMatch(/^anthropic:federation\.tokenCommand: `printf` exited with code 1, so there is no identity token to exchange/);
    expect(err.message).not.toContain("leaked");
    expect(await exchanges()).toBe(0);
  });

  test("once the Console archives the rule, the next exchange is refused, naming the rule", async () => {
    const { fed, writeToken } = await adminFederation();
    await writeToken();
    const archived = await emu.control.archiveConsoleFederationRule(fed.ruleId);
    expect(archived).toMatchObject({ id: fed.ruleId, archived_at: expect.any(String), workspace_ids: [] });
    expect((await emu.control.state()).federation!.ruleWorkspaces.filter((w) => w.federation_rule_id === fed.ruleId)).toEqual([]);
    const workspace = await provider("Workspace", federationConfig(fed));
    const err = await rejectionOf(workspace.create((await workspace.check({}, { name: "never" })).inputs));
    expect(err).toBeInstanceOf(FederationExchangeError);
    expect(err.message).toContain(`Federation rule '${fed.ruleId}' is archived`);
    // Archiving again changes nothing.
    expect((await emu.control.archiveConsoleFederationRule(fed.ruleId)).archived_at).toBe(archived.archived_at);
  });

  test("a token file that is missing fails the preview, naming the file and the setting", async () => {
    const { fed } = await adminFederation();
    const workspace = await provider("Workspace", federationConfig(fed));
    const checked = await workspace.check({}, { name: "x" });
    expect(checked.failures).toEqual([{ property: "", reason: expect.stringMatching(/^anthropic:federation\.tokenFile: cannot read the identity token from .*oidc-token \(ENOENT\)/) }]);
    expect((await emu.control.requests()).log.filter((r) => r.route === TOKEN_ROUTE)).toEqual([]);
  });
});
