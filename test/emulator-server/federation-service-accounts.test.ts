import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { exchange, oauthFetch, ok, setUpFederation } from "./federation-fixtures";

// Service accounts and their workspace memberships, from both sides, as the SDK describes them.

const emu = useEmulator();
const SA = "/v1/organizations/service_accounts";

describe("service accounts", () => {
  it("creates, reads, lists newest first, updates and archives", async () => {
    const first = await ok(oauthFetch(emu, "POST", SA, { body: { name: "ci-deploy-bot", description: "deploys" } }));
    const adminUserId = (await emu.control.state()).adminUserId;
    expect(first).toEqual({
      id: expect.stringMatching(/^svac_/), type: "service_account", name: "ci-deploy-bot", description: "deploys",
      organization_role: "developer", created_at: expect.any(String), created_by_actor_id: adminUserId,
      updated_at: expect.any(String), updated_by_actor_id: adminUserId, archived_at: null, archived_by_actor_id: null,
    });
    const second = await ok(oauthFetch(emu, "POST", SA, { body: { name: "nightly" } }));
    expect(await ok(oauthFetch(emu, "GET", `${SA}/${first.id}`))).toEqual(first);
    const listed = await ok(oauthFetch(emu, "GET", SA));
    expect(listed).toEqual({ data: [second, first], next_page: null });
    const paged = await ok(oauthFetch(emu, "GET", `${SA}?limit=1`));
    expect(paged.data).toEqual([second]);
    expect((await ok(oauthFetch(emu, "GET", `${SA}?limit=1&page=${paged.next_page}`))).data).toEqual([first]);

    const updated = await ok(oauthFetch(emu, "POST", `${SA}/${first.id}`, { body: { description: null } }));
    expect(updated.description).toBe("");
    expect((await oauthFetch(emu, "POST", `${SA}/${first.id}`, { body: { name: "renamed" } })).status).toBe(400);
    expect((await oauthFetch(emu, "POST", SA, { body: { name: "nightly" } })).status).toBe(409);
    expect((await oauthFetch(emu, "POST", SA, { body: { name: "Not A Slug" } })).status).toBe(400);

    const archived = await ok(oauthFetch(emu, "POST", `${SA}/${second.id}/archive`));
    expect(archived.archived_at).toEqual(expect.any(String));
    expect(await ok(oauthFetch(emu, "POST", `${SA}/${second.id}/archive`))).toEqual(archived);
    expect((await ok(oauthFetch(emu, "GET", SA))).data).toEqual([updated]);
    expect((await ok(oauthFetch(emu, "GET", `${SA}?include_archived=true`))).data).toHaveLength(2);
    expect((await oauthFetch(emu, "POST", `${SA}/${second.id}`, { body: { description: "x" } })).status).toBe(400);
  });

  it("refuses to archive the target of a live rule", async () => {
    const fed = await setUpFederation(emu);
    const reply = await oauthFetch(emu, "POST", `${SA}/${fed.serviceAccountId}/archive`);
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toContain(fed.ruleId);
  });
});

describe("service account workspace memberships", () => {
  it("has an implicit default-workspace membership, and explicit ones from either side", async () => {
    const state = await emu.control.state();
    const account = await ok(oauthFetch(emu, "POST", SA, { body: { name: "bot" } }));
    const workspace = await emu.control.seedWorkspace({ name: "Prod" });
    const implicit = {
      type: "service_account_workspace_member", service_account_id: account.id, workspace_id: state.defaultWorkspaceId,
      workspace_role: "workspace_user", implicit: true, created_by_actor_id: null,
    };
    expect(await ok(oauthFetch(emu, "GET", `${SA}/${account.id}/workspaces`))).toEqual({ data: [implicit], next_page: null });
    expect(await ok(oauthFetch(emu, "GET", `/v1/organizations/workspaces/${state.defaultWorkspaceId}/service_accounts/${account.id}`))).toEqual(implicit);

    const added = await ok(oauthFetch(emu, "POST", `/v1/organizations/workspaces/${workspace.id}/service_accounts`, {
      body: { service_account_id: account.id, workspace_role: "workspace_developer" },
    }));
    expect(added).toMatchObject({ workspace_id: workspace.id, workspace_role: "workspace_developer", implicit: false });
    // Adding again replaces the role (the service-account side is a mirror of the workspace side).
    const replaced = await ok(oauthFetch(emu, "POST", `${SA}/${account.id}/workspaces`, {
      body: { workspace_id: workspace.id, workspace_role: "workspace_admin" },
    }));
    expect(replaced.workspace_role).toBe("workspace_admin");
    expect((await ok(oauthFetch(emu, "GET", `/v1/organizations/workspaces/${workspace.id}/service_accounts`))).data).toEqual([replaced]);
    const updated = await ok(oauthFetch(emu, "POST", `/v1/organizations/workspaces/${workspace.id}/service_accounts/${account.id}`, {
      body: { workspace_role: "workspace_user" },
    }));
    expect(updated.workspace_role).toBe("workspace_user");
    expect((await oauthFetch(emu, "POST", `${SA}/${account.id}/workspaces`, {
      body: { workspace_id: workspace.id, workspace_role: "workspace_billing" },
    })).status).toBe(400);

    const removed = { type: "service_account_workspace_member_deleted", service_account_id: account.id, workspace_id: workspace.id };
    expect(await ok(oauthFetch(emu, "DELETE", `${SA}/${account.id}/workspaces/${workspace.id}`))).toEqual(removed);
    expect(await ok(oauthFetch(emu, "DELETE", `/v1/organizations/workspaces/${workspace.id}/service_accounts/${account.id}`))).toEqual(removed);
    // The implicit membership cannot be removed: 200, and it is still there.
    await ok(oauthFetch(emu, "DELETE", `${SA}/${account.id}/workspaces/${state.defaultWorkspaceId}`));
    expect((await ok(oauthFetch(emu, "GET", `${SA}/${account.id}/workspaces`))).data).toEqual([implicit]);
  });

  it("refuses archived service accounts and archived workspaces", async () => {
    const account = await ok(oauthFetch(emu, "POST", SA, { body: { name: "gone" } }));
    const workspace = await emu.control.seedWorkspace({ name: "Old" });
    await ok(oauthFetch(emu, "POST", `${SA}/${account.id}/archive`));
    const add = await oauthFetch(emu, "POST", `${SA}/${account.id}/workspaces`, { body: { workspace_id: workspace.id, workspace_role: "workspace_user" } });
    expect(add.status).toBe(400);
    expect((await ok(oauthFetch(emu, "GET", `${SA}/${account.id}/workspaces`))).data).toEqual([]);
    await oauthFetch(emu, "POST", `/v1/organizations/workspaces/${workspace.id}/archive`);
    expect((await oauthFetch(emu, "GET", `/v1/organizations/workspaces/${workspace.id}/service_accounts`)).status).toBe(400);
  });
});

describe("emulator state", () => {
  it("edits and deletes service accounts, issuers and rules out of band, as the Console would", async () => {
    const fed = await setUpFederation(emu);
    await emu.control.patch(fed.serviceAccountId, { description: "changed in the Console" });
    expect((await ok(oauthFetch(emu, "GET", `${SA}/${fed.serviceAccountId}`))).description).toBe("changed in the Console");
    await emu.control.patch(fed.ruleId, { token_lifetime_seconds: 120 });
    expect((await ok(oauthFetch(emu, "GET", `/v1/organizations/federation_rules/${fed.ruleId}`))).token_lifetime_seconds).toBe(120);
    await emu.control.remove(fed.ruleId);
    expect((await oauthFetch(emu, "GET", `/v1/organizations/federation_rules/${fed.ruleId}`)).status).toBe(404);
    await expect(emu.control.patch(fed.issuerId, { check_jti: "yes" })).rejects.toThrow(/check_jti/);
  });


  it("keeps service accounts, issuers and rules in a snapshot (never a token), and restores them", async () => {
    const fed = await setUpFederation(emu);
    const { access_token } = (await exchange(emu, fed.request(await fed.idp.sign()))).body;
    const state = await emu.control.state();
    expect(state.federation).toMatchObject({
      serviceAccounts: [{ id: fed.serviceAccountId }], issuers: [{ id: fed.issuerId }], rules: [{ id: fed.ruleId }],
      serviceAccountMembers: [{ workspace_id: fed.workspaceId }], ruleWorkspaces: [{ workspace_id: fed.workspaceId }],
    });
    const text = JSON.stringify(state);
    expect(text).not.toContain(access_token);
    expect(text).not.toContain(emu.oauthToken);
    await emu.control.reset();
    expect((await oauthFetch(emu, "GET", `${SA}/${fed.serviceAccountId}`)).status).toBe(404);
    await emu.control.restore(state);
    expect((await ok(oauthFetch(emu, "GET", `/v1/organizations/federation_rules/${fed.ruleId}`))).target.service_account_name).toBe("ci-deployer");
    // Minted tokens are not state: after a restore the workload exchanges again.
    expect((await oauthFetch(emu, "GET", "/v1/organizations/workspaces", { token: access_token })).status).toBe(401);
    expect((await exchange(emu, fed.request(await fed.idp.sign()))).status).toBe(200);
  });
});
