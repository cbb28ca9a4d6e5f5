import { beforeEach, describe, expect, test } from "vitest";
import { useEmulator } from "../support/emulator";
import { newDeployment, requestsByRoute, useProviders } from "../support/provider";

// Offboarding (OrganizationMember delete, and so DeveloperAccess removal) signs the member out before it
// removes them, so open sessions end with the access; a member this deployment keeps is not signed out.

const SIGN_OUT = "POST /v1/organizations/users/{id}/sign_out";
const REMOVE = "DELETE /v1/organizations/users/{id}";

describe("on a Claude Enterprise organization", () => {
  const emulator = useEmulator({ organizationType: "enterprise" });
  const providers = useProviders(emulator);
  beforeEach(() => newDeployment());

  test("delete signs the member out, then removes them: 2 requests for a member without keys", async () => {
    const [user] = await emulator.control.seedUsers([{ email: "leaver@example.com", role: "user" }]);
    const { id, outs } = await providers.OrganizationMember.create({ userId: user.id, role: "user", revokeKeysOnDelete: false });
    newDeployment();
    await emulator.control.resetRequests();
    await providers.OrganizationMember.delete(id, outs);
    expect(await requestsByRoute(emulator)).toEqual({ [SIGN_OUT]: 1, [REMOVE]: 1 });
    const { log } = await emulator.control.requests();
    expect(log.map((r) => r.route)).toEqual([SIGN_OUT, REMOVE]);
    expect((await emulator.control.signOuts()).map((s) => s.user_id)).toEqual([user.id]);
    expect((await emulator.control.state()).users.map((u) => u.id)).not.toContain(user.id);
  });

  test("a member this deployment also adopts is neither signed out nor removed", async () => {
    const [user] = await emulator.control.seedUsers([{ email: "stays@example.com", role: "user" }]);
    const old = await providers.OrganizationMember.create({ userId: user.id, role: "user" });
    // Same deployment: the create above claimed the person, as a replacement's create would.
    await emulator.control.resetRequests();
    await providers.OrganizationMember.delete(old.id, old.outs);
    expect(await requestsByRoute(emulator)).toEqual({});
    expect(await emulator.control.signOuts()).toEqual([]);
  });

  test("a member already gone is done: the sign-out's 404 does not stop the delete", async () => {
    const [user] = await emulator.control.seedUsers([{ email: "gone@example.com", role: "user" }]);
    const { id, outs } = await providers.OrganizationMember.create({ userId: user.id, role: "user", revokeKeysOnDelete: false });
    newDeployment();
    await emulator.control.remove(user.id);
    await emulator.control.resetRequests();
    await providers.OrganizationMember.delete(id, outs);
    expect(await requestsByRoute(emulator)).toEqual({ [SIGN_OUT]: 1, [REMOVE]: 1 });
  });

  test("a refused sign-out stops the delete before anything is removed", async () => {
    const [owner] = await emulator.control.seedUsers([{ email: "owner@example.com", role: "owner" }]);
    const outs = { userId: owner.id, role: "user", revokeKeysOnDelete: true };
    await emulator.control.resetRequests();
    await expect(providers.OrganizationMember.delete(owner.id, outs)).rejects.toThrow(/signOutUser failed: 403 permission_error/);
    expect(await requestsByRoute(emulator)).toEqual({ [SIGN_OUT]: 1 });
    expect((await emulator.control.state()).users.map((u) => u.id)).toContain(owner.id);
  });
});

describe("on a Claude Console organization", () => {
  const emulator = useEmulator();
  const providers = useProviders(emulator);
  beforeEach(() => newDeployment());

  test("the sign-out beta is not offered (400 organization_not_enrolled_in_beta) and the removal goes on", async () => {
    const [user] = await emulator.control.seedUsers([{ email: "console@example.com", role: "developer" }]);
    const { id, outs } = await providers.OrganizationMember.create({ userId: user.id, role: "developer", revokeKeysOnDelete: false });
    newDeployment();
    await emulator.control.resetRequests();
    await providers.OrganizationMember.delete(id, outs);
    const { log } = await emulator.control.requests();
    expect(log.map((r) => [r.route, r.status])).toEqual([[SIGN_OUT, 400], [REMOVE, 200]]);
    expect((await emulator.control.state()).users.map((u) => u.id)).not.toContain(user.id);
  });

  test("an organization not enrolled is asked once per deployment, not once per member offboarded", async () => {
    const users = await emulator.control.seedUsers([
      { email: "c1@example.com", role: "developer" }, { email: "c2@example.com", role: "developer" },
    ]);
    const members = [];
    for (const user of users) {
      members.push(await providers.OrganizationMember.create({ userId: user.id, role: "developer", revokeKeysOnDelete: false }));
    }
    newDeployment();
    await emulator.control.resetRequests();
    for (const { id, outs } of members) await providers.OrganizationMember.delete(id, outs);
    const { log } = await emulator.control.requests();
    expect(log.map((r) => [r.route, r.status])).toEqual([[SIGN_OUT, 400], [REMOVE, 200], [REMOVE, 200]]);
  });
});
