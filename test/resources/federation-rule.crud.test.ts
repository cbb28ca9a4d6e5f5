import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { sdkFor } from "../conformance/sdk";
import { useEmulator } from "../support/emulator";
import { oauthProvider, personSdk } from "../support/oauth-provider";
import { newDeployment, requestsByRoute } from "../support/provider";

const emulator = useEmulator();
let rules: Required<pulumi.dynamic.ResourceProvider>;
beforeAll(async () => {
  rules = await oauthProvider("FederationRule", emulator);
});
beforeEach(async () => {
  newDeployment();
});

const BASE = "/v1/organizations/federation_rules";
const MEMBERSHIPS = "GET /v1/organizations/service_accounts/{id}/workspaces";
const org = () => personSdk(emulator).beta.organization;

interface World {
  issuerId: string;
  serviceAccountId: string;
  workspaceId: string;
  otherWorkspaceId: string;
}

/** An issuer, a service account that is a member of one workspace, and a second workspace it is not in. */
async function world(): Promise<World> {
  const { exportJWK, generateKeyPair } = await import("jose");
  const jwk = { ...(await exportJWK((await generateKeyPair("RS256")).publicKey)), kid: "k1", alg: "RS256" };
  const issuer = await org().federation.issuers.create({ name: "acme-ci", issuer_url: "https://ci.acme.example", jwks: { type: "inline", keys: [jwk] } });
  const account = await org().serviceAccounts.create({ name: "deployer" });
  const workspaces = sdkFor(emulator).beta.organization.workspaces;
  const workspace = await workspaces.create({ name: "Deploys" });
  const other = await workspaces.create({ name: "Other" });
  await org().workspaces.serviceAccounts.add(workspace.id, { service_account_id: account.id, workspace_role: "workspace_developer" });
  await emulator.control.resetRequests();
  return { issuerId: issuer.id, serviceAccountId: account.id, workspaceId: workspace.id, otherWorkspaceId: other.id };
}

const inputsFor = (w: World) => ({
  name: "deploy",
  issuerId: w.issuerId,
  issuerUrl: "https://ci.acme.example",
  match: { subjectPrefix: "pipeline:acme/*", audience: "https://api.anthropic.com" },
  oauthScope: "workspace:developer",
  serviceAccountId: w.serviceAccountId,
  workspaceIds: [w.workspaceId],
});

async function created(w: World, extra: Record<string, unknown> = {}) {
  const result = await rules.create({ ...inputsFor(w), ...extra });
  await emulator.control.resetRequests();
  return result;
}

describe("FederationRule", () => {
  test("create checks the target's membership, then writes the rule: two requests; read is one", async () => {
    const w = await world();
    const inputs = inputsFor(w);
    const { id, outs } = await rules.create(inputs);
    expect(id).toMatch(/^fdrl_/);
    expect(outs).toMatchObject({ ...inputs, appliesToAllWorkspaces: false, tokenLifetimeSeconds: 3600, description: "" });
    expect(await requestsByRoute(emulator)).toEqual({ [MEMBERSHIPS]: 1, [`POST ${BASE}`]: 1 });
    expect(await org().federation.rules.retrieve(id)).toMatchObject({
      issuer_id: w.issuerId, oauth_scope: "workspace:developer", workspace_ids: [w.workspaceId],
      match: { subject_prefix: "pipeline:acme/*", audience: "https://api.anthropic.com" },
      target: { type: "service_account", service_account_id: w.serviceAccountId },
    });

    await emulator.control.resetRequests();
    const read = await rules.read(id, outs);
    expect(read.inputs).toEqual(inputs);
    expect(await requestsByRoute(emulator)).toEqual({ [`GET ${BASE}/{id}`]: 1 });
  });

  test("a target that is not a member of a workspace fails the create before anything is written", async () => {
    const w = await world();
    const error = (await rules.create({ ...inputsFor(w), workspaceIds: [w.otherWorkspaceId] }).catch((e) => e)) as Error;
    expect(error.message).toMatch(new RegExp(`not a member of ${w.otherWorkspaceId}.*ServiceAccountWorkspace`));
    expect(await requestsByRoute(emulator)).toEqual({ [MEMBERSHIPS]: 1 });
    expect((await org().federation.rules.list()).data).toEqual([]);
  });

  test("further workspaces are enabled after the create, one request each", async () => {
    const w = await world();
    await org().workspaces.serviceAccounts.add(w.otherWorkspaceId, { service_account_id: w.serviceAccountId, workspace_role: "workspace_user" });
    await emulator.control.resetRequests();
    const { id, outs } = await rules.create({ ...inputsFor(w), workspaceIds: [w.workspaceId, w.otherWorkspaceId] });
    expect(outs.workspaceIds).toEqual([w.workspaceId, w.otherWorkspaceId]);
    expect(await requestsByRoute(emulator)).toEqual({ [MEMBERSHIPS]: 1, [`POST ${BASE}`]: 1, [`POST ${BASE}/{id}/workspaces`]: 1 });
    expect((await org().federation.rules.retrieve(id)).workspace_ids.sort()).toEqual([w.workspaceId, w.otherWorkspaceId].sort());
  });

  test("a failed further enablement records the rule as partly made; the next update enables the rest", async () => {
    const w = await world();
    await org().workspaces.serviceAccounts.add(w.otherWorkspaceId, { service_account_id: w.serviceAccountId, workspace_role: "workspace_user" });
    await emulator.control.fault({ route: `POST ${BASE}/{id}/workspaces`, kind: "status", status: 400, times: 1 });
    const inputs = { ...inputsFor(w), workspaceIds: [w.workspaceId, w.otherWorkspaceId] };
    const error = (await rules.create(inputs).catch((e) => e)) as { id: string; properties: Record<string, unknown>; reasons: string[] };
    expect(error.id).toMatch(/^fdrl_/);
    expect(error.reasons[0]).toMatch(/run `pulumi up` again/);
    expect(error.properties.workspaceIds).toEqual([w.workspaceId]);
    const diff = await rules.diff(error.id, error.properties, inputs);
    expect(diff).toMatchObject({ changes: true, replaces: [] });
    await rules.update(error.id, error.properties as never, inputs);
    expect((await org().federation.rules.retrieve(error.id)).workspace_ids.sort()).toEqual([w.workspaceId, w.otherWorkspaceId].sort());
  });

  test("a no-change preview costs nothing; scopes and workspaces are sets", async () => {
    const w = await world();
    const { id, outs } = await created(w, { oauthScope: "workspace:developer workspace:inference" });
    const news = { ...inputsFor(w), oauthScope: "workspace:inference  workspace:developer" };
    expect((await rules.diff(id, outs, news)).changes).toBe(false);
    expect(await requestsByRoute(emulator)).toEqual({});
  });

  test("match, scope, lifetime and description update in place in one request; a new issuer replaces", async () => {
    const w = await world();
    const { id, outs } = await created(w);
    const news = {
      ...inputsFor(w), match: { claims: { project: "acme" } }, oauthScope: "workspace:inference", tokenLifetimeSeconds: 900,
      description: "deploys",
    };
    expect(await rules.diff(id, outs, news)).toMatchObject({ changes: true, replaces: [] });
    const { outs: after } = await rules.update(id, outs, news);
    expect(after).toMatchObject(news);
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}`]: 1 });
    expect(await org().federation.rules.retrieve(id)).toMatchObject({
      match: { claims: { project: "acme" } }, oauth_scope: "workspace:inference", token_lifetime_seconds: 900, description: "deploys",
    });
    // Another issuer is another rule; the name stays unique, so the old one is archived first.
    expect(await rules.diff(id, after, { ...news, issuerId: "fdis_other" })).toMatchObject({ replaces: ["issuerId"], deleteBeforeReplace: true });
  });

  test("moving the rule to another workspace: membership check, enable, disable", async () => {
    const w = await world();
    const { id, outs } = await created(w);
    await org().workspaces.serviceAccounts.add(w.otherWorkspaceId, { service_account_id: w.serviceAccountId, workspace_role: "workspace_user" });
    await emulator.control.resetRequests();
    const news = { ...inputsFor(w), workspaceIds: [w.otherWorkspaceId] };
    expect(await rules.diff(id, outs, news)).toMatchObject({ changes: true, replaces: [] });
    const { outs: after } = await rules.update(id, outs, news);
    expect(after.workspaceIds).toEqual([w.otherWorkspaceId]);
    expect(await requestsByRoute(emulator)).toEqual({
      [MEMBERSHIPS]: 1, [`POST ${BASE}/{id}/workspaces`]: 1, [`DELETE ${BASE}/{id}/workspaces/{workspace_id}`]: 1,
    });
    expect((await org().federation.rules.retrieve(id)).workspace_ids).toEqual([w.otherWorkspaceId]);
  });

  test("drift made outside Pulumi shows on refresh and the next update puts it back", async () => {
    const w = await world();
    const { id, outs } = await created(w);
    await org().federation.rules.update(id, { match: { subject_prefix: "pipeline:acme/other" }, token_lifetime_seconds: 120 });
    const read = await rules.read(id, outs);
    expect(read.inputs).toEqual({ ...inputsFor(w), match: { subjectPrefix: "pipeline:acme/other" } });
    expect(read.props).toMatchObject({ tokenLifetimeSeconds: 120 });
    expect((await rules.diff(id, read.props, inputsFor(w))).changes).toBe(true);
    await rules.update(id, read.props, inputsFor(w));
    expect((await org().federation.rules.retrieve(id)).match).toEqual({ subject_prefix: "pipeline:acme/*", audience: "https://api.anthropic.com" });
  });

  test("a rule archived outside Pulumi reads as gone", async () => {
    const w = await world();
    const { id, outs } = await created(w);
    await org().federation.rules.archive(id);
    expect((await rules.read(id, outs)).id).toBe("");
  });

  test("delete archives in one request; deleting again succeeds; the issuer can then be archived", async () => {
    const w = await world();
    const { id, outs } = await created(w);
    await rules.delete(id, outs);
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}/archive`]: 1 });
    expect((await org().federation.rules.retrieve(id)).archived_at).not.toBeNull();
    await expect(rules.delete(id, outs)).resolves.toBeUndefined();
    await expect(org().federation.issuers.archive(w.issuerId)).resolves.toMatchObject({ id: w.issuerId });
  });

  test("a rule made in the Console (org:admin) reads with get: no state, every output", async () => {
    const w = await world();
    const made = await emulator.control.createConsoleFederationRule({
      name: "admin", issuer_id: w.issuerId, oauth_scope: "org:admin", match: { subject_prefix: "pipeline:acme/infra" },
      target: { type: "service_account", service_account_id: (await org().serviceAccounts.create({ name: "root", organization_role: "admin" })).id },
      workspace_id: w.workspaceId,
    });
    const read = await rules.read(made.id, {});
    expect(read.id).toBe(made.id);
    expect(read.props).toMatchObject({ oauthScope: "org:admin", match: { subjectPrefix: "pipeline:acme/infra" }, workspaceIds: [w.workspaceId] });
  });
});
