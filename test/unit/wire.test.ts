import { describe, expect, it } from "vitest";
import { InvalidRequestError } from "../../provider/client/errors";
import { WorkspaceCreateBody } from "../../provider/client/request-schemas";
import { buildQuery, checkBody, organizationPath } from "../../provider/client/wire";

describe("organizationPath", () => {
  it("percent-encodes every segment", () => {
    expect(organizationPath(["workspaces", "wrkspc_1", "members", "user/../x?y"], "getWorkspaceMember")).toBe(
      "/v1/organizations/workspaces/wrkspc_1/members/user%2F..%2Fx%3Fy",
    );
  });

  it("refuses an empty id instead of hitting the list endpoint", () => {
    expect(() => organizationPath(["workspaces", ""], "getWorkspace")).toThrowError(InvalidRequestError);
    expect(() => organizationPath(["workspaces", " "], "getWorkspace")).toThrowError(
      "getWorkspace was not sent: an id in its path is empty",
    );
  });
});

describe("buildQuery", () => {
  it("writes scalars plainly, arrays with [] and drops unset values", () => {
    const query = buildQuery({ limit: 1000, include_archived: true, email: undefined, after_id: null, group_by: ["model", "workspace_id"] });
    expect(query.toString()).toBe("limit=1000&include_archived=true&group_by%5B%5D=model&group_by%5B%5D=workspace_id");
  });
});

describe("checkBody", () => {
  it("passes a valid body through, unknown fields included", () => {
    expect(checkBody(WorkspaceCreateBody, { name: "Prod", future_field: 1 }, "createWorkspace")).toEqual({ name: "Prod", future_field: 1 });
  });

  it("refuses an invalid body before sending, naming each field", () => {
    expect(() => checkBody(WorkspaceCreateBody, { name: "", display_color: "purple" }, "createWorkspace")).toThrowError(
      /^createWorkspace was not sent: invalid request: name: .*; display_color: expected a hex colour like #6C5BB9$/,
    );
  });
});
