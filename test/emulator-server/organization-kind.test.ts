import { describe, expect, it } from "vitest";
import { ApiError } from "../../emulator/errors";
import { requireEnterprise } from "../../emulator/organization-kind";
import { adminFetch, useEmulator } from "../support/emulator";

// A Console organization (the default) and an Enterprise one answer the kind-specific parts of the API
// as the SDK documents for each, including the refusal for the other kind.

const consoleOrg = useEmulator();
const enterprise = useEmulator({ organizationType: "enterprise" });

const SIGN_OUT_BETA = { "anthropic-beta": "admin-user-sign-out-2026-10-08" };
const EFFECTIVE = "/v1/organizations/spend_limits/effective";

describe("requireEnterprise", () => {
  it("passes on an Enterprise organization and throws the SDK's organization_type_not_supported elsewhere", () => {
    expect(() => requireEnterprise({ organizationType: "enterprise" }, "RBAC groups")).not.toThrow();
    const error = (() => {
      try {
        requireEnterprise({ organizationType: "console" }, "RBAC groups");
      } catch (e) {
        return e;
      }
    })() as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.body("req_1")).toEqual({
      type: "error",
      error: {
        type: "invalid_request_error",
        message: "RBAC groups: supported for Claude Enterprise organizations only; this is a Claude Console organization.",
        details: { error_code: "organization_type_not_supported" },
      },
      request_id: "req_1",
    });
  });
});

describe("the organization's kind", () => {
  it("shows on the control surface; GET /me has no field for it (the SDK's BetaOrganization is id, name, type)", async () => {
    expect(((await (await fetch(`${enterprise.url}/_emulator/`)).json()) as { organizationType: string }).organizationType).toBe("enterprise");
    expect(((await (await fetch(`${consoleOrg.url}/_emulator/`)).json()) as { organizationType: string }).organizationType).toBe("console");
    expect(Object.keys((await adminFetch(enterprise, "GET", "/v1/organizations/me")).body).sort()).toEqual(["id", "name", "type"]);
  });

  it("Enterprise: the key's user is the primary owner, who cannot be removed", async () => {
    const state = await enterprise.control.state();
    expect(state.users.find((u) => u.id === state.adminUserId)?.role).toBe("primary_owner");
    await enterprise.control.seedUsers(1);
    const response = await adminFetch(enterprise, "DELETE", `/v1/organizations/users/${state.adminUserId}`);
    expect(response.status).toBe(400);
  });
});

describe("roles each kind accepts", () => {
  it("Console: the managed role is refused as an Enterprise-only feature, for invites and role changes", async () => {
    const invite = await adminFetch(consoleOrg, "POST", "/v1/organizations/invites", { body: { email: "m@example.com", role: "managed" } });
    expect(invite.status).toBe(400);
    expect(invite.body.error.details).toEqual({ error_code: "organization_type_not_supported" });
    expect(invite.body.error.message).toContain("managed role");
    const [user] = await consoleOrg.control.seedUsers(1);
    const update = await adminFetch(consoleOrg, "POST", `/v1/organizations/users/${user.id}`, { body: { role: "managed" } });
    expect(update.status).toBe(400);
    expect(update.body.error.details.error_code).toBe("organization_type_not_supported");
    expect((await consoleOrg.control.state()).invites).toEqual([]);
  });

  it("Enterprise: user and managed are accepted; a Console role is refused naming what is accepted", async () => {
    const invite = await adminFetch(enterprise, "POST", "/v1/organizations/invites", { body: { email: "m@example.com", role: "managed" } });
    expect(invite.status).toBe(200);
    expect(invite.body.role).toBe("managed");
    const [user] = await enterprise.control.seedUsers([{ email: "u@example.com", role: "user" }]);
    expect((await adminFetch(enterprise, "POST", `/v1/organizations/users/${user.id}`, { body: { role: "managed" } })).body.role).toBe("managed");
    const developer = await adminFetch(enterprise, "POST", `/v1/organizations/users/${user.id}`, { body: { role: "developer" } });
    expect(developer.status).toBe(400);
    expect(developer.body.error.message).toBe("role: a Claude Enterprise organization accepts user, managed, not 'developer'.");
  });
});

describe("GET /v1/organizations/spend_limits/effective", () => {
  it("is its own route: on a Console organization it is refused as Enterprise-only, not read as the id 'effective'", async () => {
    const response = await adminFetch(consoleOrg, "GET", EFFECTIVE);
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual({ error_code: "organization_type_not_supported" });
    expect(response.body.error.message).toContain("Effective spend limits");
    expect((await consoleOrg.control.requests()).byRoute).toEqual({ "GET /v1/organizations/spend_limits/effective": 1 });
  });

  it("Enterprise: one row per member and period, from the member's own override or the organization default", async () => {
    const state = await enterprise.control.state();
    const orgLimit = state.spendLimits.find((l) => l.scope.type === "organization")!;
    const [ada, bob] = await enterprise.control.seedUsers([{ email: "ada@example.com", name: "Ada" }, { email: "bob@example.com" }]);
    const own = await adminFetch(enterprise, "POST", "/v1/organizations/spend_limits", { body: { amount: "2500", scope: { type: "user", user_id: ada.id } } });
    expect(own.status).toBe(200);
    const weekly = await adminFetch(enterprise, "POST", "/v1/organizations/spend_limits", {
      body: { amount: null, scope: { type: "user", user_id: bob.id }, period: "weekly" },
    });
    expect(weekly.status).toBe(200);

    const { body } = await adminFetch(enterprise, "GET", `${EFFECTIVE}?user_ids[]=${ada.id}&user_ids[]=${bob.id}`);
    expect(body.next_page).toBeNull();
    const actor = (u: typeof ada) => ({ type: "user_actor", user_id: u.id, email_address: u.email, name: u.name, deleted: false });
    const row = { currency: "USD", period_to_date_spend: "0" };
    // Members in the organization's order, each member's periods daily, monthly, weekly.
    expect(body.data).toEqual([
      { ...row, actor: actor(ada), amount: "2500", period: "monthly", scope: { type: "user", user_id: ada.id }, source: { type: "user", user_id: ada.id }, spend_limit_id: own.body.id },
      { ...row, actor: actor(bob), amount: orgLimit.amount, period: "monthly", scope: { type: "user", user_id: bob.id }, source: { type: "organization" }, spend_limit_id: orgLimit.id },
      { ...row, actor: actor(bob), amount: null, period: "weekly", scope: { type: "user", user_id: bob.id }, source: { type: "user", user_id: bob.id }, spend_limit_id: weekly.body.id },
    ]);

    const weeklyOnly = await adminFetch(enterprise, "GET", `${EFFECTIVE}?period[]=weekly`);
    expect(weeklyOnly.body.data.map((r: { actor: { user_id: string } }) => r.actor.user_id)).toEqual([bob.id]);
  });

  it("Enterprise: pages by member, so a member's periods never split across pages", async () => {
    const [, bob] = await enterprise.control.seedUsers(2);
    await adminFetch(enterprise, "POST", "/v1/organizations/spend_limits", { body: { amount: "1", scope: { type: "user", user_id: bob.id }, period: "daily" } });
    const seen: string[][] = [];
    let page: string | null = null;
    do {
      const query: string = `limit=1${page ? `&page=${page}` : ""}`;
      const { body } = await adminFetch(enterprise, "GET", `${EFFECTIVE}?${query}`);
      seen.push(body.data.map((r: { actor: { user_id: string }; period: string }) => `${r.actor.user_id}:${r.period}`));
      page = body.next_page;
    } while (page);
    expect(seen).toHaveLength(3);
    expect(seen.find((rows) => rows.some((r) => r.startsWith(bob.id)))).toEqual([`${bob.id}:daily`, `${bob.id}:monthly`]);
  });

  it("refuses more than 100 user_ids and an unknown period", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `user_ids[]=user_${i}`).join("&");
    expect((await adminFetch(enterprise, "GET", `${EFFECTIVE}?${ids}`)).status).toBe(400);
    const yearly = await adminFetch(enterprise, "GET", `${EFFECTIVE}?period[]=yearly`);
    expect(yearly.status).toBe(400);
    expect(yearly.body.error.message).toContain("period");
  });
});

describe("spend limits each kind sets", () => {
  it("Enterprise sets user limits only; Console refuses them", async () => {
    const org = await adminFetch(enterprise, "POST", "/v1/organizations/spend_limits", { body: { amount: "100", scope: { type: "organization" } } });
    expect(org.status).toBe(400);
    expect(org.body.error.message).toContain("sets user limits");
    const [user] = await consoleOrg.control.seedUsers(1);
    const console = await adminFetch(consoleOrg, "POST", "/v1/organizations/spend_limits", { body: { amount: "100", scope: { type: "user", user_id: user.id } } });
    expect(console.status).toBe(400);
    expect(console.body.error.message).toContain("only Claude Enterprise organizations set user spend limits");
  });

  it("Enterprise: the organization default cannot be deleted here; a user override can", async () => {
    const state = await enterprise.control.state();
    const orgLimit = state.spendLimits.find((l) => l.scope.type === "organization")!;
    expect((await adminFetch(enterprise, "DELETE", `/v1/organizations/spend_limits/${orgLimit.id}`)).status).toBe(400);
    const [user] = await enterprise.control.seedUsers(1);
    const own = await adminFetch(enterprise, "POST", "/v1/organizations/spend_limits", { body: { amount: "7", scope: { type: "user", user_id: user.id } } });
    expect((await adminFetch(enterprise, "DELETE", `/v1/organizations/spend_limits/${own.body.id}`)).body).toEqual({ id: own.body.id, type: "spend_limit_deleted" });
  });

  it("lists an Enterprise organization's limits grouped by scope type, and refuses Console-only filters", async () => {
    const [user] = await enterprise.control.seedUsers(1);
    await adminFetch(enterprise, "POST", "/v1/organizations/spend_limits", { body: { amount: "7", scope: { type: "user", user_id: user.id } } });
    const headers = { "anthropic-beta": "spend-limit-reads-2026-09-26" };
    const listed = await adminFetch(enterprise, "GET", "/v1/organizations/spend_limits", { headers });
    expect(listed.body.data.map((l: { scope: { type: string } }) => l.scope.type)).toEqual(["organization", "user"]);
    const byWorkspace = await adminFetch(enterprise, "GET", "/v1/organizations/spend_limits?workspace_id=wrkspc_x", { headers });
    expect(byWorkspace.status).toBe(400);
    expect(byWorkspace.body.error.details.error_code).toBe("organization_type_not_supported");
    const usageTier = await adminFetch(enterprise, "GET", "/v1/organizations/spend_limits?scope_type[]=usage_tier", { headers });
    expect(usageTier.status).toBe(400);
    expect(usageTier.body.error.message).toContain("usage_tier");
  });
});

describe("POST /v1/organizations/users/{id}/sign_out", () => {
  const signOut = (emu: typeof enterprise, id: string, headers: Record<string, string | undefined> = SIGN_OUT_BETA) =>
    adminFetch(emu, "POST", `/v1/organizations/users/${id}/sign_out`, { headers });

  it("Enterprise: signs the member out, keeps them, and records it for the control surface", async () => {
    const [user] = await enterprise.control.seedUsers([{ email: "leaver@example.com", role: "user" }]);
    const response = await signOut(enterprise, user.id);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(user);
    expect((await enterprise.control.state()).users.map((u) => u.id)).toContain(user.id);
    const recorded = await enterprise.control.signOuts();
    expect(recorded).toEqual([{ user_id: user.id, email: "leaver@example.com", signed_out_at: expect.any(String) }]);
    await enterprise.control.reset();
    expect(await enterprise.control.signOuts()).toEqual([]);
  });

  it("Console: 400 organization_not_enrolled_in_beta, and nothing recorded", async () => {
    const [user] = await consoleOrg.control.seedUsers(1);
    const response = await signOut(consoleOrg, user.id);
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual({ error_code: "organization_not_enrolled_in_beta" });
    expect(await consoleOrg.control.signOuts()).toEqual([]);
  });

  it("refuses without the beta header, the primary owner, the key's own user, an owner, and an unknown user", async () => {
    const [user, owner] = await enterprise.control.seedUsers([{ email: "a@example.com" }, { email: "o@example.com", role: "owner" }]);
    const noBeta = await signOut(enterprise, user.id, {});
    expect(noBeta.status).toBe(400);
    expect(noBeta.body.error.message).toContain("admin-user-sign-out-2026-10-08");
    const { adminUserId } = await enterprise.control.state();
    expect((await signOut(enterprise, adminUserId)).body.error.details.error_code).toBe("cannot_sign_out_primary_owner");
    await enterprise.control.patch(adminUserId, { role: "owner" });
    expect((await signOut(enterprise, adminUserId)).body.error.details.error_code).toBe("cannot_sign_out_self");
    const ownerRefusal = await signOut(enterprise, owner.id);
    expect(ownerRefusal.status).toBe(403);
    expect(ownerRefusal.body.error.details.error_code).toBe("cannot_sign_out_owner");
    expect((await signOut(enterprise, "user_nobody")).status).toBe(404);
    expect(await enterprise.control.signOuts()).toEqual([]);
  });
});
