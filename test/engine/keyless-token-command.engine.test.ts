import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useEmulator } from "../support/emulator";
import {
  STDERR_CANARY, ciSystem, deployerTrust, expectNoCredentialIn, keylessDeployProject, keylessProbes, programProcessesPerUp,
  stackOutput as output, type CiSystem,
} from "../support/keyless-ci";
import type { PulumiProject } from "../support/pulumi-cli";

// examples/keyless-ci/deploy through the real CLI as the README leads: no admin key or token anywhere,
// only `anthropic:federation.*` with `tokenCommand`, a script that mints a fresh identity token each time
// it runs (the CI system's token service), so plain `up`, `refresh` and `destroy` work, each with its
// preview, and with a data function in the program: every process exchanges a token of its own. The
// deployer's trust is made as the trust stack and its Console step leave it (keyless-trust runs those).
// Neither the stack's state, output nor audit log holds a token.

const emulator = useEmulator({ resetBeforeEach: false });
const { writes, exchanges, exchangeStatuses, liveWorkspaces } = keylessProbes(emulator);
let ci: CiSystem;
let deploy: PulumiProject;
let setFederation: (field: string, value: string) => Promise<string>;
let deployerRuleId: string;

// A data function in the deploy program: the program process exchanges a token of its own as well.
const WITHOUT_FUNCTION = "export const workspaceId = team.id;";
const WITH_FUNCTION = `${WITHOUT_FUNCTION}\nexport const organizationName = anthropic.getOrganizationOutput().name;`;

beforeAll(async () => {
  await emulator.control.reset();
  ci = await ciSystem();
  const trust = await deployerTrust(emulator, ci);
  deployerRuleId = trust.ruleId;
  ({ project: deploy, setFederation } = await keylessDeployProject(emulator, ci, trust));
}, 600_000);

afterAll(() => deploy?.dispose());

describe("examples/keyless-ci/deploy with tokenCommand: a fresh identity token for every exchange", { timeout: 300_000 }, () => {
  test("the stack holds no credential: only the federation settings", async () => {
    await setFederation("tokenCommand", ci.mintCommand);
    expect(Object.keys(JSON.parse(await deploy.ok(["config", "--json"])))).toEqual(["anthropic:auditLog", "anthropic:baseUrl", "anthropic:federation"]);
  });

  test("a token service that fails: up stops with the setting, the program and its exit code, never its stderr, and writes nothing", async () => {
    await setFederation("tokenCommand", `${ci.mintCommand} --fail`);
    await emulator.control.resetRequests();
    const up = await deploy.run(["up", "--yes"]);
    expect(up.code).not.toBe(0);
    expect(up.output).toContain("anthropic:federation.tokenCommand: `node` exited with code 3, so there is no identity token to exchange.");
    expect(up.output).not.toContain(STDERR_CANARY);
    expect(up.output).not.toContain("mint-token.mjs");
    expect(await exchanges()).toBe(0);
    expect(await writes()).toBe(0);
    await setFederation("tokenCommand", ci.mintCommand);
  });

  test("plain `up --yes`, with its preview and a data function, creates the workspace: each process exchanges its own token", async () => {
    deploy.edit(WITHOUT_FUNCTION, WITH_FUNCTION);
    await emulator.control.resetRequests();
    const before = ci.minted().length;
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
    const tokens = ci.minted().slice(before);
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

  test("once the Console archives the org:admin rule, no token gets through", async () => {
    deploy.edit(WITH_FUNCTION, WITHOUT_FUNCTION);
    // The Console step again: a person archives the org:admin rule there; OAuth callers may not.
    const archived = await emulator.control.archiveConsoleFederationRule(deployerRuleId);
    expect(archived.archived_at).toEqual(expect.any(String));
    await emulator.control.resetRequests();
    const up = await deploy.run(["up", "--yes"]);
    expect(up.code).not.toBe(0);
    expect(up.output).toMatch(new RegExp(`Federation rule '${deployerRuleId}' is archived`));
    expect(await writes()).toBe(0);
  });

  test("no token is in the stack's state, CLI output or audit log", () => {
    const deployAudit = readFileSync(join(ci.files, "deploy-audit.jsonl"), "utf8");
    expect(deployAudit).toContain('"operation":"exchangeFederationToken"');
    expect(deployAudit).toContain('"path":"/v1/organizations/workspaces"');
    // One per exchange: plain up (its program processes and its provider), preview, refresh (two),
    // destroy, and the up refused for the archived rule.
    expect(ci.minted().length).toBe(programProcessesPerUp() + 1 + 1 + 2 + 1 + 1);
    expectNoCredentialIn(
      { deployState: deploy.stateFile(), deployOutput: deploy.transcript(), deployAudit },
      [emulator.oauthToken, emulator.adminKey, ...ci.minted()],
    );
  });
});
