import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { exchange, oauthFetch, ok, setUpFederation } from "./federation-fixtures";

// The token endpoint's successful path: a signed assertion for a matching rule becomes an access token
// with the rule's scope and lifetime, which the Admin API then accepts or refuses by that scope.

const emu = useEmulator();

describe("POST /v1/oauth/token (jwt-bearer)", () => {
  it("mints a Bearer token with the rule's scope and lifetime", async () => {
    const fed = await setUpFederation(emu, { tokenLifetimeS: 600 });
    const reply = await exchange(emu, fed.request(await fed.idp.sign({ jti: "one" }, { lifetimeS: 3000 })));
    expect(reply.status).toBe(200);
    expect(reply.headers.get("cache-control")).toBe("no-store");
    expect(reply.body).toEqual({
      access_token: expect.stringMatching(/^sk-ant-oat01-/), token_type: "Bearer", expires_in: 600, scope: "workspace:developer",
    });
  });

  it("caps the lifetime at twice the assertion's remaining validity, and never below 60 s", async () => {
    const fed = await setUpFederation(emu, { tokenLifetimeS: 3600 });
    const short = await exchange(emu, fed.request(await fed.idp.sign({}, { lifetimeS: 100 })));
    expect(short.body.expires_in).toBeGreaterThanOrEqual(198);
    expect(short.body.expires_in).toBeLessThanOrEqual(200);
    const tiny = await exchange(emu, fed.request(await fed.idp.sign({}, { lifetimeS: 10 })));
    expect(tiny.body.expires_in).toBe(60);
  });

  it("refuses a workspace-scoped token on Admin API routes, with 403", async () => {
    const fed = await setUpFederation(emu);
    const { access_token } = (await exchange(emu, fed.request(await fed.idp.sign()))).body;
    const reply = await oauthFetch(emu, "GET", "/v1/organizations/workspaces", { token: access_token });
    expect(reply.status).toBe(403);
    expect(reply.body.error.type).toBe("permission_error");
    expect(reply.body.error.message).toContain("org:admin");
  });

  it("lets an org:admin rule's token (made in the Console) manage workspaces and federation", async () => {
    const fed = await setUpFederation(emu, { scope: "org:admin", admin: true });
    const { access_token, scope } = (await exchange(emu, fed.request(await fed.idp.sign()))).body;
    expect(scope).toBe("org:admin");
    const workspace = await ok(oauthFetch(emu, "POST", "/v1/organizations/workspaces", { token: access_token, body: { name: "Keyless" } }));
    expect(workspace.name).toBe("Keyless");
    const accounts = await ok(oauthFetch(emu, "GET", "/v1/organizations/service_accounts", { token: access_token }));
    expect(accounts.data.map((a: { id: string }) => a.id)).toEqual([fed.serviceAccountId]);
    // A workload may not create an admin-role service account: that needs an interactive credential.
    const admin = await oauthFetch(emu, "POST", "/v1/organizations/service_accounts", { token: access_token, body: { name: "x", organization_role: "admin" } });
    expect(admin.status).toBe(403);
    expect(admin.body.error.message).toContain("interactive credential");
  });

  it("needs the OAuth beta header on API calls made with an OAuth token", async () => {
    const reply = await oauthFetch(emu, "GET", "/v1/organizations/service_accounts", { headers: { "anthropic-beta": undefined } });
    expect(reply.status).toBe(401);
    expect(reply.body.error.message).toBe("OAuth authentication is currently not supported.");
  });
});
