import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

const emu = useEmulator();

async function invite(email: string, role = "developer") {
  const response = await adminFetch(emu, "POST", "/v1/organizations/invites", { body: { email, role } });
  expect(response.status).toBe(200);
  return response.body as { id: string; status: string; expires_at: string; invited_at: string };
}

describe("invites", () => {
  it("start pending and expire 21 days after they were sent", async () => {
    const created = await invite("new@example.com");
    expect(created.status).toBe("pending");
    expect(Date.parse(created.expires_at) - Date.parse(created.invited_at)).toBe(21 * 24 * 3600 * 1000);
  });

  it("accepting creates the user with the invited role and marks the invite accepted", async () => {
    const created = await invite("joiner@example.com", "billing");
    const { user } = await emu.control.acceptInvite(created.id);
    const fetched = await adminFetch(emu, "GET", `/v1/organizations/invites/${created.id}`);
    expect(fetched.body.status).toBe("accepted");
    expect(Date.parse(fetched.body.accepted_at)).toBeGreaterThan(Date.now() - 60_000);
    const listed = await adminFetch(emu, "GET", "/v1/organizations/users?email=JOINER@example.com");
    expect(listed.body.data).toEqual([user]);
    expect(user).toMatchObject({ email: "joiner@example.com", role: "billing", type: "user" });
  });

  it("expiring makes it read as expired and filterable by status", async () => {
    const stale = await invite("stale@example.com");
    const fresh = await invite("fresh@example.com");
    await emu.control.expireInvite(stale.id);
    expect((await adminFetch(emu, "GET", `/v1/organizations/invites/${stale.id}`)).body.status).toBe("expired");
    const pending = await adminFetch(emu, "GET", "/v1/organizations/invites?statuses[]=pending");
    expect(pending.body.data.map((i: { id: string }) => i.id)).toEqual([fresh.id]);
  });

  it("can be deleted only while pending (400 otherwise), and deleted invites leave the default list", async () => {
    const accepted = await invite("a@example.com");
    await emu.control.acceptInvite(accepted.id);
    const expired = await invite("e@example.com");
    await emu.control.expireInvite(expired.id);
    const pending = await invite("p@example.com");

    for (const id of [accepted.id, expired.id]) {
      const refused = await adminFetch(emu, "DELETE", `/v1/organizations/invites/${id}`);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/only pending invites can be deleted/);
    }
    const deleted = await adminFetch(emu, "DELETE", `/v1/organizations/invites/${pending.id}`);
    expect(deleted.body).toEqual({ id: pending.id, type: "invite_deleted" });
    expect((await adminFetch(emu, "GET", `/v1/organizations/invites/${pending.id}`)).body.status).toBe("deleted");
    const listed = await adminFetch(emu, "GET", "/v1/organizations/invites");
    expect(listed.body.data.map((i: { id: string }) => i.id)).toEqual([accepted.id, expired.id]);
    expect((await adminFetch(emu, "DELETE", `/v1/organizations/invites/${pending.id}`)).status).toBe(400);
  });

  it("refuses a second pending invite for the same email, and inviting a member", async () => {
    await invite("twice@example.com");
    const again = await adminFetch(emu, "POST", "/v1/organizations/invites", { body: { email: "Twice@example.com", role: "user" } });
    expect(again.status).toBe(400);
    expect(again.body.error.details).toEqual({ error_code: "invite_already_exists" });
    const member = await adminFetch(emu, "POST", "/v1/organizations/invites", { body: { email: "admin@example.com", role: "user" } });
    expect(member.status).toBe(400);
    expect(member.body.error.details).toEqual({ error_code: "already_member" });
  });
});
