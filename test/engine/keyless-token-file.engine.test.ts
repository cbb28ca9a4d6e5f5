import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exchangeFederationToken } from "../../provider/client";
import { useEmulator } from "../support/emulator";
import { ciSystem, deployerTrust, expectNoCredentialIn, keylessDeployProject, keylessProbes, stackOutput as output, type CiSystem } from "../support/keyless-ci";
import type { PulumiProject } from "../support/pulumi-cli";

// examples/keyless-ci/deploy through the real CLI with the `tokenFile` recipe: one token file the test
// writes as a CI job would; refused tokens write nothing; a good token serves one process, so each
// command runs with --skip-preview. No admin key or token anywhere in the stack; the deployer's trust is
// made as the trust stack and its Console step leave it (keyless-trust runs those). Neither the stack's
// state, output nor audit log holds a token.

const emulator = useEmulator({ resetBeforeEach: false });
const { writes, exchanges, liveWorkspaces } = keylessProbes(emulator);
let ci: CiSystem;
let deploy: PulumiProject;
let trust: { ruleId: string; organizationId: string };

beforeAll(async () => {
  await emulator.control.reset();
  ci = await ciSystem();
  trust = await deployerTrust(emulator, ci);
  const made = await keylessDeployProject(emulator, ci, trust);
  deploy = made.project;
  await made.setFederation("tokenFile", ci.tokenFile);
}, 600_000);

afterAll(() => deploy?.dispose());

describe("examples/keyless-ci/deploy with tokenFile: one token per command, as a CI job writes it", { timeout: 300_000 }, () => {
  test("the stack's federation settings: the rule, the organization and the token file, no credential", async () => {
    expect(Object.keys(JSON.parse(await deploy.ok(["config", "--json"])))).toEqual(["anthropic:auditLog", "anthropic:baseUrl", "anthropic:federation"]);
    expect(Object.keys(JSON.parse(await deploy.ok(["config", "get", "anthropic:federation"]))).sort()).toEqual(["organizationId", "ruleId", "tokenFile"]);
  });

  const refusals: Array<[string, () => Promise<unknown>, RegExp]> = [
    ["an identity token for another audience", () => ci.ciToken({ aud: "https://other.example" }), /`aud` does not include the audience/],
    ["an expired identity token", () => ci.ciToken({}, { iatOffsetS: -3700, lifetimeS: 3600 }), /expired/i],
    ["an identity token whose jti was used before", async () => {
      const replayed = await ci.ciToken();
      await exchangeFederationToken({ baseUrl: emulator.url, federationRuleId: trust.ruleId, organizationId: trust.organizationId, identityToken: replayed });
    }, /jti/],
    ["a rule that does not exist", async () => {
      await ci.ciToken();
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
    await deploy.ok(["config", "set", "--path", "anthropic:federation.ruleId", trust.ruleId]);
  });

  // The recipe for a token file: a fresh identity token for each command, and no separate preview phase,
  // whose provider (another process) would exchange the same single-use token first.
  test("up --skip-preview creates the workspace; refresh --skip-preview and preview each exchange a fresh token", async () => {
    await ci.ciToken();
    await emulator.control.resetRequests();
    await deploy.ok(["up", "--yes", "--skip-preview"]);
    expect(await liveWorkspaces()).toContain("Team");
    // One exchange served the whole update.
    expect(await exchanges()).toBe(1);
    await ci.ciToken();
    await deploy.ok(["refresh", "--yes", "--skip-preview"]);
    await ci.ciToken();
    await deploy.ok(["preview", "--expect-no-changes"]);
  });

  test("a command whose preview phase also calls the API cannot reuse the single-use token: it fails on jti, and writes nothing", async () => {
    // What tokenCommand is for: `pulumi refresh` reads in its preview (one provider process), then again in the refresh (another).
    await ci.ciToken();
    await emulator.control.resetRequests();
    const refresh = await deploy.run(["refresh", "--yes"]);
    expect(refresh.code).not.toBe(0);
    expect(refresh.output).toMatch(/The assertion's `jti` was already used/);
    expect(await exchanges()).toBe(2);
    expect(await writes()).toBe(0);
  });

  test("destroy --skip-preview, with a fresh token, archives the workspace", async () => {
    const id = await output(deploy, "workspaceId");
    await ci.ciToken();
    await emulator.control.resetRequests();
    await deploy.ok(["destroy", "--yes", "--skip-preview"]);
    expect(await exchanges()).toBe(1);
    expect((await emulator.control.state()).workspaces.find((w) => w.id === id)?.archived_at).toEqual(expect.any(String));
  });

  test("no token is in the stack's state, CLI output or audit log", () => {
    const deployAudit = readFileSync(join(ci.files, "deploy-audit.jsonl"), "utf8");
    expect(deployAudit).toContain('"operation":"exchangeFederationToken"');
    expect(deployAudit).toContain('"path":"/v1/organizations/workspaces"');
    // Written to the token file by the test.
    expect(ci.identityTokens.length).toBeGreaterThanOrEqual(8);
    expectNoCredentialIn(
      { deployState: deploy.stateFile(), deployOutput: deploy.transcript(), deployAudit },
      [emulator.oauthToken, emulator.adminKey, ...ci.identityTokens],
    );
  });
});
