import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { sdkFor } from "../conformance/sdk";
import { useEmulator } from "../support/emulator";
import { startNonBetaServer } from "../support/non-beta-server";
import { oauthProvider, personSdk } from "../support/oauth-provider";
import { newDeployment } from "../support/provider";

// Finding 6 of issue 15: the SDK's non-beta FederationRule has neither `workspace_id` nor `attributes`;
// the client required both, so against a server answering that shape a create made the rule and then
// refused the answer, leaving a rule that no state knew. Here the server answers the non-beta shape.

const emulator = useEmulator();
let server: Awaited<ReturnType<typeof startNonBetaServer>>;
let rules: Required<pulumi.dynamic.ResourceProvider>;

beforeAll(async () => {
  server = await startNonBetaServer(emulator.url);
  rules = await oauthProvider("FederationRule", emulator, server.url);
});
afterAll(() => server?.close());

test("a rule created against a server answering the non-beta shape is recorded, refreshed, updated and deleted", async () => {
  newDeployment();
  const { exportJWK, generateKeyPair } = await import("jose");
  const org = personSdk(emulator).beta.organization;
  const jwk = { ...(await exportJWK((await generateKeyPair("RS256")).publicKey)), kid: "k1", alg: "RS256" };
  const issuer = await org.federation.issuers.create({ name: "acme-ci", issuer_url: "https://ci.acme.example", jwks: { type: "inline", keys: [jwk] } });
  const account = await org.serviceAccounts.create({ name: "deployer" });
  const workspace = await sdkFor(emulator).beta.organization.workspaces.create({ name: "Deploys" });
  await org.workspaces.serviceAccounts.add(workspace.id, { service_account_id: account.id, workspace_role: "workspace_developer" });
  const inputs = {
    name: "deploy", issuerId: issuer.id, match: { subjectPrefix: "pipeline:acme/*" }, oauthScope: "workspace:developer",
    serviceAccountId: account.id, workspaceIds: [workspace.id],
  };

  const { id, outs } = await rules.create(inputs);
  expect(id).toMatch(/^fdrl_/);
  expect(outs).toMatchObject({ ...inputs, appliesToAllWorkspaces: false });
  // The server in front really answers without the beta-only fields.
  const nonBetaClient = new Anthropic({
    baseURL: server.url, authToken: emulator.oauthToken, maxRetries: 0, defaultHeaders: { "anthropic-beta": "oauth-2025-04-20" },
  });
  const answered = await nonBetaClient.organization.federation.rules.retrieve(id);
  expect(answered).not.toHaveProperty("workspace_id");
  expect(answered).not.toHaveProperty("attributes");
  expect(answered.workspace_ids).toEqual([workspace.id]);

  const read = await rules.read(id, outs);
  expect(read.inputs).toEqual(inputs);
  expect((await rules.diff(id, read.props, inputs)).changes).toBe(false);
  const updated = await rules.update(id, read.props, { ...inputs, description: "deploys" });
  expect(updated.outs).toMatchObject({ description: "deploys" });
  await rules.delete(id, updated.outs);
  expect((await org.federation.rules.retrieve(id)).archived_at).not.toBeNull();
});
