import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { sdkFor } from "../conformance/sdk";
import { useEmulator } from "../support/emulator";
import { oauthProvider, personSdk } from "../support/oauth-provider";
import { configuredProvider, newDeployment, requestsByRoute } from "../support/provider";

const emulator = useEmulator();
let accounts: Required<pulumi.dynamic.ResourceProvider>;
let memberships: Required<pulumi.dynamic.ResourceProvider>;
beforeAll(async () => {
  accounts = await oauthProvider("ServiceAccount", emulator);
  memberships = await oauthProvider("ServiceAccountWorkspace", emulator);
});
beforeEach(async () => {
  newDeployment();
  await emulator.control.resetRequests();
});

const BASE = "/v1/organizations/service_accounts";
const inputs = { name: "ci-deploy", description: "deploys from CI" };

const org = () => personSdk(emulator).beta.organization;

async function created(extra: Record<string, unknown> = {}) {
  const result = await accounts.create({ ...inputs, ...extra });
  await emulator.control.resetRequests();
  return result;
}

describe("ServiceAccount", () => {
  test("create is one request; read is one request and returns only what the program set", async () => {
    const { id, outs } = await accounts.create(inputs);
    expect(id).toMatch(/^svac_/);
    expect(outs).toMatchObject({ ...inputs, organizationRole: "developer" });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}`]: 1 });

    await emulator.control.resetRequests();
    const read = await accounts.read(id, outs);
    expect(read.inputs).toEqual(inputs);
    expect(read.props).toMatchObject({ ...inputs, organizationRole: "developer" });
    expect(await requestsByRoute(emulator)).toEqual({ [`GET ${BASE}/{id}`]: 1 });
  });

  test("a no-change preview costs nothing", async () => {
    const { id, outs } = await created();
    expect((await accounts.diff(id, outs, inputs)).changes).toBe(false);
    // An unset description leaves the live one alone: no change either.
    expect((await accounts.diff(id, outs, { name: inputs.name })).changes).toBe(false);
    expect(await requestsByRoute(emulator)).toEqual({});
  });

  test("description and organizationRole update in place in one request; a new name replaces", async () => {
    const { id, outs } = await created();
    const news = { ...inputs, description: "deploys prod", organizationRole: "admin" };
    expect(await accounts.diff(id, outs, news)).toMatchObject({ changes: true, replaces: [] });
    const { outs: after } = await accounts.update(id, outs, news);
    expect(after).toMatchObject(news);
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}`]: 1 });
    expect(await org().serviceAccounts.retrieve(id)).toMatchObject({ description: "deploys prod", organization_role: "admin" });

    expect(await accounts.diff(id, after, { ...news, name: "ci-deploy-2" })).toMatchObject({ changes: true, replaces: ["name"] });
  });

  test("drift made outside Pulumi shows on refresh and the next update puts it back", async () => {
    const { id, outs } = await created();
    await org().serviceAccounts.update(id, { description: "changed by hand" });
    const read = await accounts.read(id, outs);
    expect(read.inputs).toEqual({ ...inputs, description: "changed by hand" });
    expect((await accounts.diff(id, read.props, inputs)).changes).toBe(true);
    await accounts.update(id, read.props, inputs);
    expect((await org().serviceAccounts.retrieve(id)).description).toBe(inputs.description);
  });

  test("an account archived outside Pulumi reads as gone", async () => {
    const { id, outs } = await created();
    await org().serviceAccounts.archive(id);
    expect((await accounts.read(id, outs)).id).toBe("");
  });

  test("with an admin key alone, the preview fails naming the OAuth credential, before any request", async () => {
    const keyOnly = await configuredProvider("ServiceAccount", emulator);
    const { failures } = await keyOnly.check({}, inputs).finally(() => oauthProvider("ServiceAccount", emulator));
    expect(failures?.map((f) => f.reason).join(" ")).toMatch(/anthropic:authToken/);
    // (configure() sets the process's one stack config: the finally above put the OAuth stack's back.)
    expect(await requestsByRoute(emulator)).toEqual({});
  });

  test("delete archives in one request; deleting again succeeds", async () => {
    const { id, outs } = await created();
    await accounts.delete(id, outs);
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}/archive`]: 1 });
    expect((await org().serviceAccounts.retrieve(id)).archived_at).not.toBeNull();
    await expect(accounts.delete(id, outs)).resolves.toBeUndefined();
  });
});

describe("ServiceAccountWorkspace", () => {
  async function account() {
    const { id } = await accounts.create({ name: "member" });
    const workspace = await sdkFor(emulator).beta.organization.workspaces.create({ name: "Deploys" });
    await emulator.control.resetRequests();
    return { serviceAccountId: id, workspaceId: workspace.id };
  }

  test("create, read, role update and delete are one request each; a no-change diff none", async () => {
    const ids = await account();
    const { id, outs } = await memberships.create({ ...ids, role: "workspace_developer" });
    expect(id).toBe(`${ids.serviceAccountId}/${ids.workspaceId}`);
    expect(outs).toEqual({ ...ids, role: "workspace_developer" });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}/workspaces`]: 1 });

    await emulator.control.resetRequests();
    expect((await memberships.diff(id, outs, { ...ids, role: "workspace_developer" })).changes).toBe(false);
    expect((await memberships.read(id, outs)).inputs).toEqual(outs);
    expect(await requestsByRoute(emulator)).toEqual({ "GET /v1/organizations/workspaces/{workspace_id}/service_accounts/{id}": 1 });

    await emulator.control.resetRequests();
    const news = { ...ids, role: "workspace_admin" };
    expect(await memberships.diff(id, outs, news)).toMatchObject({ changes: true, replaces: [] });
    // Another workspace is another membership, added before this one is removed.
    expect(await memberships.diff(id, outs, { ...news, workspaceId: "wrkspc_other" })).toMatchObject({ replaces: ["workspaceId"], deleteBeforeReplace: false });
    expect((await memberships.update(id, outs, news)).outs).toEqual(news);
    expect(await requestsByRoute(emulator)).toEqual({ "POST /v1/organizations/workspaces/{workspace_id}/service_accounts/{id}": 1 });

    newDeployment();
    await emulator.control.resetRequests();
    await memberships.delete(id, news);
    expect(await requestsByRoute(emulator)).toEqual({ [`DELETE ${BASE}/{id}/workspaces/{workspace_id}`]: 1 });
    expect((await memberships.read(id, news)).id).toBe("");
  });

  test("a rename without an alias in one deployment keeps the membership: the new resource's create claims it", async () => {
    const ids = await account();
    const { id, outs } = await memberships.create({ ...ids, role: "workspace_developer" });
    newDeployment();
    // The renamed resource is created (the add answers the existing membership), then the old one deleted.
    await memberships.create({ ...ids, role: "workspace_developer" });
    await emulator.control.resetRequests();
    await memberships.delete(id, outs);
    expect(await requestsByRoute(emulator)).toEqual({});
    expect((await memberships.read(id, outs)).id).toBe(id);
  });

  test("a role changed outside Pulumi shows on refresh; a membership removed outside Pulumi is gone", async () => {
    const ids = await account();
    const { id, outs } = await memberships.create({ ...ids, role: "workspace_developer" });
    await org().workspaces.serviceAccounts.update(ids.serviceAccountId, { workspace_id: ids.workspaceId, workspace_role: "workspace_user" });
    expect((await memberships.read(id, outs)).inputs).toEqual({ ...ids, role: "workspace_user" });
    await org().workspaces.serviceAccounts.remove(ids.serviceAccountId, { workspace_id: ids.workspaceId });
    expect((await memberships.read(id, outs)).id).toBe("");
  });

  test("an explicit default-workspace membership removed outside Pulumi is gone, though the implicit one remains", async () => {
    const { serviceAccountId } = await account();
    const [implicit] = (await org().serviceAccounts.workspaces.list(serviceAccountId)).data;
    const ids = { serviceAccountId, workspaceId: implicit!.workspace_id };
    const { id, outs } = await memberships.create({ ...ids, role: "workspace_admin" });
    await org().workspaces.serviceAccounts.remove(serviceAccountId, { workspace_id: ids.workspaceId });
    expect((await memberships.read(id, outs)).id).toBe("");
  });
});
