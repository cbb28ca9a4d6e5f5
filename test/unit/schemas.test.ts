import { describe, expect, it } from "vitest";
import { ResponseValidationError } from "../../provider/client/errors";
import { idPageSchema } from "../../provider/client/pagination";
import { ApiKeySchema, CostItemSchema, CreatedApiKeySchema, InviteSchema, UserSchema, WorkspaceSchema } from "../../provider/client/schemas";
import { parseResponse } from "../../provider/client/wire";
import { thrown } from "../support/thrown";

const user = { id: "user_1", type: "user", email: "a@example.com", name: "A", role: "developer", added_at: "2026-01-01T00:00:00Z" };
const apiKey = {
  id: "apikey_1",
  type: "api_key",
  name: "portal",
  status: "active",
  created_at: "2026-01-01T00:00:00Z",
  expires_at: null,
  created_by: { id: "user_1", type: "user" },
  partial_key_hint: "sk-ant-api03-abc...xyz",
  principal: null,
  scope: { type: "workspace", workspace_id: "wrkspc_1" },
};
const workspace = {
  id: "wrkspc_1",
  type: "workspace",
  name: "Production",
  display_color: "#6C5BB9",
  created_at: "2026-01-01T00:00:00Z",
  archived_at: null,
  tags: {},
  external_key_id: null,
  data_residency: { workspace_geo: "us", allowed_inference_geos: "unrestricted", default_inference_geo: "global" },
};

const failure = (fn: () => unknown) => thrown(ResponseValidationError, fn);

describe("wire schemas", () => {
  it("keep fields the server added later", () => {
    const parsed = parseResponse(UserSchema, { ...user, sso_linked: true, groups: ["g"] }, "getUser", "req_1", 200);
    expect(parsed).toEqual({ ...user, sso_linked: true, groups: ["g"] });
  });

  it("accept a role or status this package does not know yet", () => {
    expect(parseResponse(UserSchema, { ...user, role: "auditor" }, "getUser", undefined, 200).role).toBe("auditor");
    expect(parseResponse(ApiKeySchema, { ...apiKey, status: "suspended" }, "getApiKey", undefined, 200).status).toBe("suspended");
  });

  it("report a missing required field by path and operation", () => {
    const { email: _omit, ...noEmail } = user;
    const err = failure(() => parseResponse(UserSchema, noEmail, "getUser", "req_42", 200));
    expect(err.message).toBe(
      "getUser failed: the server answered 200 with a body that does not match the Admin API: email: missing required field (request-id req_42)",
    );
    expect(err.operation).toBe("getUser");
    expect(err.requestId).toBe("req_42");
    expect(err.code).toBe("ANTHROPIC_INVALID_RESPONSE");
  });

  it("report the path inside a page of results", () => {
    const page = { data: [user, { ...user, id: "user_2", added_at: undefined }], has_more: false, first_id: "user_1", last_id: "user_2" };
    const err = failure(() => parseResponse(idPageSchema(UserSchema), page, "listUsers", undefined, 200));
    expect(err.message).toContain("data[1].added_at: missing required field");
  });

  it("report a wrong object type rather than a missing field", () => {
    const err = failure(() => parseResponse(WorkspaceSchema, { ...workspace, type: "workspace_deleted" }, "getWorkspace", undefined, 200));
    expect(err.message).toMatch(/type: Invalid input: expected "workspace"/);
    expect(err.message).not.toContain("missing");
  });

  it("require the nullable fields to be present, as the SDK does", () => {
    const { archived_at: _a, ...noArchived } = workspace;
    expect(failure(() => parseResponse(WorkspaceSchema, noArchived, "getWorkspace", undefined, 200)).message).toContain(
      "archived_at: missing required field",
    );
    const invite = { id: "invite_1", type: "invite", email: "a@x.io", role: "user", status: "pending", invited_at: "t", expires_at: "t" };
    expect(failure(() => parseResponse(InviteSchema, invite, "getInvite", undefined, 200)).message).toContain("accepted_at: missing required field");
  });

  it("never quote a value: a created key's secret stays out of the message", () => {
    const secret = "sk-ant-api03-SECRET-VALUE";
    const err = failure(() => parseResponse(CreatedApiKeySchema, { ...apiKey, name: 42, key: secret }, "createApiKey", undefined, 200));
    expect(err.message).toContain("name:");
    expect(err.message).not.toContain(secret);
    expect(err.message).not.toContain("42");
  });

  it("insist on decimal strings for money", () => {
    const row = {
      starting_at: "2026-03-01T00:00:00Z",
      ending_at: "2026-03-02T00:00:00Z",
      group: { model: "claude-x", workspace_id: null },
      cost: { amount: "1234.567", list_amount: "1300", currency: "USD", requests: 12 },
    };
    expect(parseResponse(CostItemSchema, row, "listCost", undefined, 200).cost.amount).toBe("1234.567");
    const bad = { ...row, cost: { ...row.cost, amount: 12.5 } };
    expect(failure(() => parseResponse(CostItemSchema, bad, "listCost", undefined, 200)).message).toContain("cost.amount:");
    const notDecimal = { ...row, cost: { ...row.cost, amount: "12,50" } };
    expect(failure(() => parseResponse(CostItemSchema, notDecimal, "listCost", undefined, 200)).message).toContain(
      "cost.amount: expected a decimal string",
    );
  });

  it("say so when a success body is not JSON at all", () => {
    expect(failure(() => parseResponse(UserSchema, undefined, "getUser", "req_7", 200)).message).toBe(
      "getUser failed: the server answered 200 with a body that is not JSON (request-id req_7)",
    );
  });

  it("list at most five problems", () => {
    const err = failure(() => parseResponse(WorkspaceSchema, {}, "getWorkspace", undefined, 200));
    expect(err.message).toMatch(/; and \d+ more/);
    expect(err.message.split("missing required field").length - 1).toBe(5);
  });
});
