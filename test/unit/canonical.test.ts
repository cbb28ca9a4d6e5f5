import { describe, expect, test } from "vitest";
import { expiryFailure } from "../../provider/resources/api-key/plan";
import { diffApiKey } from "../../provider/resources/api-key/plan";
import { asWritten, sameValue } from "../../provider/base/canonical";
import { diffOrganizationMember } from "../../provider/resources/organization-member/plan";
import { diffUserInvite } from "../../provider/resources/user-invite/plan";
import { diffWorkspace } from "../../provider/resources/workspace/plan";

// One canonical form per field, shared by diff, outputs and lookups: a difference of form is no change.
describe("canonical forms", () => {
  test.each([
    ["email", "Erin.Smith@Example.com", " erin.smith@example.com"],
    ["displayColor", "#abcdef", "#ABCDEF"],
    ["allowedInferenceGeos", ["us", "global"], ["global", "us"]],
    ["groups", ["rbac_group_b", "rbac_group_a"], ["rbac_group_a", "rbac_group_b"]],
    ["expiresAt", "2027-01-31T00:00:00Z", "2027-01-31T00:00:00.000Z"],
  ])("%s: %j and %j are the same", (field, a, b) => {
    expect(sameValue(field, a, b)).toBe(true);
    expect(asWritten(field, a, b)).toBe(a);
  });

  test.each([
    ["email", "erin@example.com", "erin2@example.com"],
    ["displayColor", "#abcdef", "#abcde0"],
    ["allowedInferenceGeos", ["us"], ["us", "global"]],
    ["expiresAt", "2027-01-31T00:00:00Z", "2027-02-01T00:00:00Z"],
    ["name", "Production", "production"],
  ])("%s: %j and %j differ, and the live value is reported", (field, written, live) => {
    expect(sameValue(field, written, live)).toBe(false);
    expect(asWritten(field, written, live)).toBe(live);
  });

  test("diffs ignore a difference of form on every resource", () => {
    expect(diffOrganizationMember({ email: "Erin.Smith@Example.com", role: "developer", userId: "user_1" } as never, { email: "erin.smith@example.com", role: "developer" }).changes).toBe(false);
    expect(diffUserInvite({ email: "A@Example.com", role: "user" } as never, { email: "a@example.com", role: "user" }).changes).toBe(false);
    expect(diffWorkspace({ name: "W", displayColor: "#ABCDEF", allowedInferenceGeos: ["global", "us"] } as never, { name: "W", displayColor: "#abcdef", allowedInferenceGeos: ["us", "global"] }).changes).toBe(false);
    expect(diffApiKey({ name: "k", workspaceId: "wrkspc_1", expiresAt: "2027-01-31T00:00:00.000Z" } as never, { name: "k", workspaceId: "wrkspc_1", expiresAt: "2027-01-31T00:00:00Z" }).changes).toBe(false);
  });
});

// Finding 7: an expiry is checked against the clock only when set or changed.
describe("API key expiry", () => {
  const past = "2020-01-01T00:00:00Z";
  test("a new key with a past expiry is refused, naming the property", () => {
    expect(expiryFailure(undefined, { expiresAt: past })).toEqual([{ property: "expiresAt", reason: expect.stringMatching(/is not in the future/) }]);
  });
  test("a key whose unchanged expiry has passed fails no later preview", () => {
    expect(expiryFailure({ expiresAt: past }, { expiresAt: past })).toEqual([]);
  });
  test("changing the expiry to another past date is refused", () => {
    expect(expiryFailure({ expiresAt: past }, { expiresAt: "2021-01-01T00:00:00Z" })).toHaveLength(1);
  });
});
