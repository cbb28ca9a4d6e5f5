import { describe, expect, it } from "vitest";
import { apiRoutes } from "../../emulator/routes";
import { credentialKinds } from "../../emulator/federation/credentials";
import { kindNeed, OAUTH_KINDS, routeNeed } from "../../provider/credentials/endpoints";
import { RESOURCE_KINDS } from "../../provider/base/kinds";

// The provider's table of which credential each endpoint takes, against the emulator's (written from the
// SDK's method descriptions): they must agree on every Admin API route, or a preview would pass that the
// API then refuses, or fail one the API would take.

const adminRoutes = apiRoutes.filter((r) => r.template.startsWith("/v1/organizations/"));
const segments = (template: string) => template.replace("/v1/organizations/", "").split("/").map((s) => (s.startsWith("{") ? "wrkspc_x" : s));

describe("the credential each endpoint takes", () => {
  it("agrees with the emulator on every Admin API route", () => {
    expect(adminRoutes.length).toBeGreaterThan(50);
    const disagreements = adminRoutes.filter((r) => {
      const oauthOnly = !credentialKinds(r.template).includes("admin key");
      return oauthOnly !== (routeNeed(segments(r.template)) === "oauth");
    });
    expect(disagreements.map((r) => `${r.method} ${r.template}`)).toEqual([]);
  });

  it("is OAuth only for service accounts and federation, from either side", () => {
    expect(routeNeed(["service_accounts"])).toBe("oauth");
    expect(routeNeed(["service_accounts", "svac_1", "workspaces"])).toBe("oauth");
    expect(routeNeed(["workspaces", "wrkspc_1", "service_accounts", "svac_1"])).toBe("oauth");
    expect(routeNeed(["federation_rules", "fdrl_1", "workspaces"])).toBe("oauth");
    expect(routeNeed(["workspaces", "wrkspc_1"])).toBe("any");
    expect(routeNeed(["workspaces", "wrkspc_1", "members"])).toBe("any");
    expect(routeNeed(["me"])).toBe("any");
  });

  it("names every resource kind of the package that manages an OAuth-only endpoint", () => {
    const oauthKinds = RESOURCE_KINDS.filter((kind) => /ServiceAccount|Federation/.test(kind));
    expect(oauthKinds.length).toBeGreaterThanOrEqual(4);
    for (const kind of oauthKinds) expect(kindNeed(kind)).toBe("oauth");
    for (const kind of ["Workspace", "ApiKey", "WorkspaceMember", undefined]) expect(kindNeed(kind)).toBe("any");
    expect(OAUTH_KINDS).toEqual(expect.arrayContaining(oauthKinds));
  });
});
