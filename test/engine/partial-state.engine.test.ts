import { afterAll, beforeAll, expect, test } from "vitest";
import { join } from "node:path";
import { useEmulator } from "../support/emulator";
import { personSdk } from "../support/oauth-provider";
import { pulumiProject, setConfig, type PulumiProject } from "../support/pulumi-cli";

// Finding 4 of issue 15, through the real CLI: a FederationRule whose second workspace failed was saved
// without the provider reference, so `refresh` and `destroy` failed until an update succeeded.
const emulator = useEmulator({ resetBeforeEach: false });
let project: PulumiProject;

beforeAll(async () => {
  project = await pulumiProject(join(__dirname, "projects/partial-rule"));
  const { exportJWK, generateKeyPair } = await import("jose");
  const org = personSdk(emulator).beta.organization;
  const jwk = { ...(await exportJWK((await generateKeyPair("RS256")).publicKey)), kid: "k1", alg: "RS256" };
  const issuer = await org.federation.issuers.create({ name: "acme-ci", issuer_url: "https://ci.acme.example", jwks: { type: "inline", keys: [jwk] } });
  const account = await org.serviceAccounts.create({ name: "deployer" });
  const workspaceIds = [(await org.workspaces.create({ name: "Deploys" })).id, (await org.workspaces.create({ name: "Other" })).id];
  for (const id of workspaceIds) await org.workspaces.serviceAccounts.add(id, { service_account_id: account.id, workspace_role: "workspace_developer" });
  await setConfig(project, {
    "anthropic:baseUrl": emulator.url, issuerId: issuer.id, serviceAccountId: account.id, "workspaceIds[0]": workspaceIds[0]!, "workspaceIds[1]": workspaceIds[1]!,
  }, { "anthropic:authToken": emulator.oauthToken }, { path: true });
}, 600_000);

afterAll(() => project?.dispose());

test("a partly created FederationRule is recorded, and refresh and destroy then work", { timeout: 300_000 }, async () => {
  await emulator.control.fault({ route: "POST /v1/organizations/federation_rules/{id}/workspaces", kind: "status", status: 400, times: 1 });
  const up = await project.run(["up", "--yes", "--skip-preview"]);
  await emulator.control.clearFaults();
  expect(up.code).not.toBe(0);
  expect(up.output).toMatch(/fdrl_\w+ was created but is not complete; run `pulumi up` again to finish it/);
  const rules = personSdk(emulator).beta.organization.federation.rules;
  const [rule] = (await rules.list()).data;
  expect(project.stateFile()).toContain(rule!.id);

  const refresh = await project.run(["refresh", "--yes", "--skip-preview"]);
  expect(refresh.code, refresh.output).toBe(0);
  const destroy = await project.run(["destroy", "--yes", "--skip-preview"]);
  expect(destroy.code, destroy.output).toBe(0);
  expect((await rules.retrieve(rule!.id)).archived_at).not.toBeNull();
  expect(project.stateFile()).not.toContain(rule!.id);
});
