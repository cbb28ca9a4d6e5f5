import { beforeAll, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { useEmulator } from "../support/emulator";
import { configuredProvider, requestsByRoute } from "../support/provider";

const emulator = useEmulator();
let provider: Required<pulumi.dynamic.ResourceProvider>;
beforeAll(async () => {
  provider = await configuredProvider("UserInvite", emulator);
});

const inviteInState = async (id: string) => (await emulator.control.state()).invites.find((i) => i.id === id);

describe("UserInvite", () => {
  test("create is one request; read is one request with matching inputs", async () => {
    const { id, outs } = await provider.create({ email: "alice@example.com", role: "developer" });
    expect(id).toMatch(/^invite_/);
    expect(outs).toMatchObject({ email: "alice@example.com", role: "developer", status: "pending" });
    expect(await requestsByRoute(emulator)).toEqual({ "POST /v1/organizations/invites": 1 });
    await emulator.control.resetRequests();
    const read = await provider.read(id, outs);
    expect(read.inputs).toEqual({ email: "alice@example.com", role: "developer" });
    expect(await requestsByRoute(emulator)).toEqual({ "GET /v1/organizations/invites/{id}": 1 });
  });

  test("an accepted invite stays, with its status; delete leaves it alone", async () => {
    const { id, outs } = await provider.create({ email: "bob@example.com", role: "user" });
    await emulator.control.acceptInvite(id);
    const read = await provider.read(id, outs);
    expect(read.id).toBe(id);
    expect(read.props.status).toBe("accepted");
    await provider.delete(id, read.props);
    expect((await inviteInState(id))?.status).toBe("accepted");
  });

  test("expired and deleted invites read as gone", async () => {
    const a = await provider.create({ email: "carol@example.com", role: "user" });
    await emulator.control.expireInvite(a.id);
    expect((await provider.read(a.id, a.outs)).id).toBe("");
    const b = await provider.create({ email: "dan@example.com", role: "user" });
    await emulator.control.remove(b.id);
    expect((await provider.read(b.id, b.outs)).id).toBe("");
  });

  test("delete withdraws a pending invite; deleting again succeeds", async () => {
    const { id, outs } = await provider.create({ email: "erin@example.com", role: "billing" });
    await provider.delete(id, outs);
    const after = await inviteInState(id);
    expect(after === undefined || after.status === "deleted").toBe(true);
    expect((await provider.read(id, outs)).id).toBe("");
    await expect(provider.delete(id, outs)).resolves.toBeUndefined();
  });
});
