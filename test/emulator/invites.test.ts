import { describe, expect, it } from "vitest";
import { InvalidRequestError, NotFoundError, collect } from "../../provider/client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator();

describe("invites", () => {
  it("creates a pending invite and reads it back", async () => {
    const { client } = clientFor(emulator);
    const invite = await client.createInvite({ email: "new@example.com", role: "developer" });
    expect(invite).toMatchObject({ type: "invite", email: "new@example.com", role: "developer", status: "pending", accepted_at: null });
    expect(invite.id).toMatch(/^invite_/);
    expect(await client.getInvite(invite.id)).toEqual(invite);
  });

  it("lists invites, filtered by email and status", async () => {
    const { client } = clientFor(emulator);
    const a = await client.createInvite({ email: "a@example.com", role: "user" });
    const b = await client.createInvite({ email: "b@example.com", role: "user" });
    await emulator.control.acceptInvite(b.id);
    expect((await collect(client.listInvites())).map((i) => i.id)).toEqual([a.id, b.id]);
    expect((await collect(client.listInvites({ email: "A@example.com" }))).map((i) => i.id)).toEqual([a.id]);
    const accepted = await collect(client.listInvites({ statuses: ["accepted"] }));
    expect(accepted.map((i) => [i.id, i.status])).toEqual([[b.id, "accepted"]]);
  });

  it("deletes a pending invite", async () => {
    const { client } = clientFor(emulator);
    const invite = await client.createInvite({ email: "gone@example.com", role: "user" });
    expect(await client.deleteInvite(invite.id)).toEqual({ id: invite.id, type: "invite_deleted" });
    expect((await client.getInvite(invite.id)).status).toBe("deleted");
  });

  it("reports a duplicate invite and a delete after acceptance as invalid requests, sent once", async () => {
    const { client } = clientFor(emulator);
    const invite = await client.createInvite({ email: "dup@example.com", role: "user" });
    const dup = await rejectionOf(client.createInvite({ email: "dup@example.com", role: "user" }));
    expect(dup).toBeInstanceOf(InvalidRequestError);
    expect(dup.serverMessage).toContain("A pending invite for dup@example.com already exists");
    await emulator.control.acceptInvite(invite.id);
    await emulator.control.resetRequests();
    const err = await rejectionOf(client.deleteInvite(invite.id));
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect(err.serverMessage).toBe(`Invite '${invite.id}' is accepted; only pending invites can be deleted.`);
    expect((await emulator.control.requests()).total).toBe(1);
  });

  it("reports an unknown invite as NotFoundError", async () => {
    const { client } = clientFor(emulator);
    expect(await rejectionOf(client.getInvite("invite_01nope"))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(client.deleteInvite("invite_01nope"))).toBeInstanceOf(NotFoundError);
  });

  it("checks the email before sending", async () => {
    const { client } = clientFor(emulator);
    const err = await rejectionOf(client.createInvite({ email: "not-an-email", role: "user" }));
    expect(err.message).toMatch(/^createInvite was not sent: invalid request: email:/);
    expect((await emulator.control.requests()).total).toBe(0);
  });
});
