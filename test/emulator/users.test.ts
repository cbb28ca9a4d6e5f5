import { describe, expect, it } from "vitest";
import { InvalidRequestError, NotFoundError, collect } from "../../provider/client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator();

describe("users", () => {
  it("lists every member, the admin included, and filters by email case-insensitively", async () => {
    const [alice, bob] = await emulator.control.seedUsers([
      { email: "alice@example.com", name: "Alice", role: "developer" },
      { email: "bob@example.com", name: "Bob" },
    ]);
    const { client } = clientFor(emulator);
    const all = await collect(client.listUsers());
    expect(all.map((u) => u.email)).toEqual(["admin@example.com", "alice@example.com", "bob@example.com"]);
    expect(all[1]).toEqual(alice);
    const found = await collect(client.listUsers({ email: "BOB@example.com" }));
    expect(found).toEqual([bob]);
  });

  it("filters by role", async () => {
    await emulator.control.seedUsers([
      { email: "dev@example.com", role: "developer" },
      { email: "user@example.com", role: "user" },
    ]);
    const { client } = clientFor(emulator);
    expect((await collect(client.listUsers({ roles: ["developer"] }))).map((u) => u.email)).toEqual(["dev@example.com"]);
  });

  it("gets, updates the role of, and deletes a user", async () => {
    const [carol] = await emulator.control.seedUsers([{ email: "carol@example.com", role: "user" }]);
    const { client } = clientFor(emulator);
    expect(await client.getUser(carol!.id)).toEqual(carol);
    const updated = await client.updateUser(carol!.id, { role: "developer" });
    expect(updated.role).toBe("developer");
    expect((await client.getUser(carol!.id)).role).toBe("developer");
    expect(await client.deleteUser(carol!.id)).toEqual({ id: carol!.id, type: "user_deleted" });
    expect(await rejectionOf(client.getUser(carol!.id))).toBeInstanceOf(NotFoundError);
  });

  it("reports an unknown user as NotFoundError with the server's message", async () => {
    const { client } = clientFor(emulator);
    const err = await rejectionOf(client.getUser("user_01doesnotexist"));
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.message).toMatch(/^getUser failed: 404 not_found_error: User 'user_01doesnotexist' not found\. \(request-id req_\w+\)$/);
  });

  it("surfaces the server's refusal to remove the last admin", async () => {
    await emulator.control.seedUsers([{ email: "other@example.com" }]);
    const { client } = clientFor(emulator);
    const [admin] = await collect(client.listUsers({ email: "admin@example.com" }));
    const err = await rejectionOf(client.deleteUser(admin!.id));
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect(err.status).toBe(400);
    expect(err.serverMessage).toBe("Cannot remove the organization's last admin.");
  });

  it("surfaces the server's refusal to demote the last admin", async () => {
    const { client } = clientFor(emulator);
    const [admin] = await collect(client.listUsers({ email: "admin@example.com" }));
    const err = await rejectionOf(client.updateUser(admin!.id, { role: "developer" }));
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect(err.serverMessage).toBe("The organization's last admin cannot be demoted.");
    expect(err.operation).toBe("updateUser");
  });

  it("refuses to send a role the API cannot assign", async () => {
    const [dave] = await emulator.control.seedUsers([{ email: "dave@example.com" }]);
    const { client } = clientFor(emulator);
    await emulator.control.resetRequests();
    const err = await rejectionOf(client.updateUser(dave!.id, { role: "admin" as never }));
    expect(err).toBeInstanceOf(InvalidRequestError);
    expect(err.message).toMatch(/^updateUser was not sent: invalid request: role:/);
    expect((await emulator.control.requests()).total).toBe(0);
  });
});
