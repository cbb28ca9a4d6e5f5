import { describe, expect, test } from "vitest";
import { diffApiKey } from "../../provider/resources/api-key/plan";
import { diffOrganizationMember } from "../../provider/resources/organization-member/plan";
import { diffUserInvite } from "../../provider/resources/user-invite/plan";
import { diffWorkspaceMember } from "../../provider/resources/workspace-member/plan";
import { diffWorkspace } from "../../provider/resources/workspace/plan";
import { UNKNOWN } from "../../provider/resources/check";

// Every outcome of DESIGN section 4's table, decided without a request.

const workspace = {
  name: "Production",
  displayColor: "#6c5bb9",
  tags: { team: "platform" },
  workspaceGeo: "us" as const,
  allowedInferenceGeos: "unrestricted" as const,
  defaultInferenceGeo: "global" as const,
  spendLimit: { monthlyUsd: 5000 },
  spendLimitId: "spl_1",
  rateLimits: { requestsPerMinute: 1000 },
  createdAt: "2026-01-01T00:00:00Z",
};
const wsInputs = { name: "Production", spendLimit: { monthlyUsd: 5000 }, rateLimits: { requestsPerMinute: 1000 } };

describe("Workspace diff", () => {
  test.each([
    ["nothing changed (unset optional inputs leave live values alone)", {}, { changes: false, replaces: [] }],
    ["rename", { name: "Prod" }, { changes: true, replaces: [] }],
    ["display color", { displayColor: "#000000" }, { changes: true, replaces: [] }],
    ["tags", { tags: { team: "ml" } }, { changes: true, replaces: [] }],
    ["allowed geos", { allowedInferenceGeos: ["us"] }, { changes: true, replaces: [] }],
    ["default geo", { defaultInferenceGeo: "us" }, { changes: true, replaces: [] }],
    ["spend limit", { spendLimit: { monthlyUsd: 10 } }, { changes: true, replaces: [] }],
    ["spend limit removed", { spendLimit: undefined }, { changes: true, replaces: [] }],
    ["rate limits", { rateLimits: { requestsPerMinute: 5 } }, { changes: true, replaces: [] }],
    ["rate limits removed", { rateLimits: undefined }, { changes: true, replaces: [] }],
    ["attaching an external key to a workspace without one", { externalKeyId: "ek_1" }, { changes: true, replaces: [] }],
    ["adopting another workspace", { adoptId: "wrkspc_other" }, { changes: true, replaces: ["adoptId"] }],
  ])("%s", (_, change, expected) => {
    const result = diffWorkspace(workspace, { ...wsInputs, ...change } as never);
    expect({ changes: result.changes, replaces: result.replaces }).toEqual(expected);
    expect(result.deleteBeforeReplace).toBe(false);
  });

  test("changing an attached external key replaces", () => {
    const result = diffWorkspace({ ...workspace, externalKeyId: "ek_1" }, { ...wsInputs, externalKeyId: "ek_2" } as never);
    expect(result.replaces).toEqual(["externalKeyId"]);
  });

  test("a workspace geo that is not yet known at preview replaces conservatively", () => {
    const result = diffWorkspace(workspace, { ...wsInputs, workspaceGeo: UNKNOWN } as never);
    expect(result.replaces).toEqual(["workspaceGeo"]);
  });
});

const key = { name: "portal", workspaceId: "wrkspc_a", status: "active" as const, key: "sk", createdAt: "t", keepers: { v: 1 } };
describe("ApiKey diff", () => {
  test.each([
    ["nothing changed", { name: "portal", workspaceId: "wrkspc_a", keepers: { v: 1 } }, false, []],
    ["rename", { name: "portal-2", workspaceId: "wrkspc_a", keepers: { v: 1 } }, true, []],
    ["deactivate", { name: "portal", workspaceId: "wrkspc_a", keepers: { v: 1 }, status: "inactive" }, true, []],
    ["another workspace", { name: "portal", workspaceId: "wrkspc_b", keepers: { v: 1 } }, true, ["workspaceId"]],
    ["expiry", { name: "portal", workspaceId: "wrkspc_a", keepers: { v: 1 }, expiresAt: "2030-01-01T00:00:00Z" }, true, ["expiresAt"]],
    ["keepers (rotation)", { name: "portal", workspaceId: "wrkspc_a", keepers: { v: 2 } }, true, ["keepers"]],
    ["adopting a key", { name: "portal", workspaceId: "wrkspc_a", keepers: { v: 1 }, adoptId: "apikey_x" }, true, ["adoptId"]],
  ])("%s", (_, news, changes, replaces) => {
    const result = diffApiKey(key, news as never);
    expect(result.changes).toBe(changes);
    expect(result.replaces).toEqual(replaces);
    // Rotation must create the new key before the old one is revoked.
    expect(result.deleteBeforeReplace).toBe(false);
  });
});

describe("UserInvite diff", () => {
  const invite = { email: "a@example.com", role: "developer" as const, status: "pending" as const, invitedAt: "t", expiresAt: "t" };
  test.each([
    ["nothing changed", { email: "a@example.com", role: "developer" }, false, []],
    ["role", { email: "a@example.com", role: "user" }, true, ["role"]],
    ["email", { email: "b@example.com", role: "developer" }, true, ["email"]],
    ["groups", { email: "a@example.com", role: "developer", groups: ["rbac_group_1"] }, true, ["groups"]],
  ])("%s", (_, news, changes, replaces) => {
    const result = diffUserInvite(invite, news as never);
    expect(result.changes).toBe(changes);
    expect(result.replaces).toEqual(replaces);
    expect(result.deleteBeforeReplace).toBe(changes);
  });
});

describe("WorkspaceMember diff", () => {
  const member = { workspaceId: "wrkspc_a", userId: "user_a", role: "workspace_developer" as const };
  test.each([
    ["nothing changed", {}, false, []],
    ["role in place", { role: "workspace_admin" }, true, []],
    ["workspace", { workspaceId: "wrkspc_b" }, true, ["workspaceId"]],
    ["user", { userId: "user_b" }, true, ["userId"]],
  ])("%s", (_, change, changes, replaces) => {
    const result = diffWorkspaceMember(member, { ...member, ...change } as never);
    expect(result.changes).toBe(changes);
    expect(result.replaces).toEqual(replaces);
    expect(result.deleteBeforeReplace).toBe(replaces.length > 0);
  });
});

describe("OrganizationMember diff", () => {
  const member = { userId: "user_a", email: "a@example.com", name: "A", role: "developer" as const, addedAt: "t" };
  test.each([
    ["adopted by email, nothing changed", { email: "a@example.com", role: "developer" }, false, []],
    ["adopted by id, nothing changed", { userId: "user_a", role: "developer" }, false, []],
    ["role in place", { userId: "user_a", role: "user" }, true, []],
    ["another user", { userId: "user_b", role: "developer" }, true, ["userId"]],
    ["another email", { email: "b@example.com", role: "developer" }, true, ["email"]],
  ])("%s", (_, news, changes, replaces) => {
    const result = diffOrganizationMember(member, news as never);
    expect(result.changes).toBe(changes);
    expect(result.replaces).toEqual(replaces);
  });
});
