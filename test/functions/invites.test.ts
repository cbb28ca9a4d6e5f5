import { describe, expect, it } from "vitest";
import { getInvites } from "../../provider/functions";
import { useEmulator } from "../support/emulator";
import { useEmulatorEnvironment } from "./environment";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);

async function seed() {
  const pending = await emulator.control.seedInvite({ email: "carol@example.com", role: "developer" });
  const accepted = await emulator.control.seedInvite({ email: "dave@example.com" });
  const { invite: acceptedNow } = await emulator.control.acceptInvite(accepted.id);
  const expired = await emulator.control.expireInvite((await emulator.control.seedInvite({ email: "erin@example.com" })).id);
  return { pending, accepted: acceptedNow, expired };
}

describe("getInvites", () => {
  it("lists pending, accepted and expired invites with their fields", async () => {
    const { pending, accepted, expired } = await seed();
    const { invites } = await getInvites();
    expect(invites.map((i) => [i.email, i.status]).sort()).toEqual([
      ["carol@example.com", "pending"],
      ["dave@example.com", "accepted"],
      ["erin@example.com", "expired"],
    ]);
    expect(invites.find((i) => i.id === pending.id)).toEqual({
      id: pending.id,
      email: "carol@example.com",
      role: "developer",
      status: "pending",
      invitedAt: pending.invited_at,
      expiresAt: pending.expires_at,
      acceptedAt: null,
    });
    expect(invites.find((i) => i.id === accepted.id)?.acceptedAt).toBe(accepted.accepted_at);
    expect(invites.find((i) => i.id === expired.id)?.expiresAt).toBe(expired.expires_at);
  });

  it("filters by status and by email", async () => {
    const { pending, accepted, expired } = await seed();
    expect((await getInvites({ status: "pending" })).invites.map((i) => i.id)).toEqual([pending.id]);
    expect((await getInvites({ status: "accepted" })).invites.map((i) => i.id)).toEqual([accepted.id]);
    expect((await getInvites({ status: "expired" })).invites.map((i) => i.id)).toEqual([expired.id]);
    expect((await getInvites({ email: "DAVE@example.com" })).invites.map((i) => i.id)).toEqual([accepted.id]);
    expect((await getInvites({ email: "dave@example.com", status: "pending" })).invites).toEqual([]);
  });
});
