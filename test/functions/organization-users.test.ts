import { describe, expect, it } from "vitest";
import { getOrganization, getUsers } from "../../provider/functions";
import { useEmulator } from "../support/emulator";
import { routeCounts, useEmulatorEnvironment } from "./environment";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);

describe("getOrganization", () => {
  it("returns the organization the key belongs to, camelCase and nothing else", async () => {
    const state = await emulator.control.state();
    expect(await getOrganization()).toEqual({ id: state.organization.id, name: "Emulated Organization" });
  });
});

describe("getUsers", () => {
  it("lists every member with its fields in the user's words", async () => {
    const [alice, bob] = await emulator.control.seedUsers([
      { email: "alice@example.com", name: "Alice", role: "developer" },
      { email: "bob@example.com", name: "Bob", role: "billing" },
    ]);
    const { users } = await getUsers();
    expect(users.map((u) => u.email).sort()).toEqual(["admin@example.com", "alice@example.com", "bob@example.com"]);
    expect(users.find((u) => u.id === alice!.id)).toEqual({
      id: alice!.id, email: "alice@example.com", name: "Alice", role: "developer", addedAt: alice!.added_at,
    });
    expect(users.find((u) => u.id === bob!.id)?.role).toBe("billing");
  });

  it("filters by email, whatever its case", async () => {
    await emulator.control.seedUsers([{ email: "alice@example.com", role: "developer" }, { email: "bob@example.com" }]);
    const { users } = await getUsers({ email: "  Alice@Example.COM " });
    expect(users.map((u) => [u.email, u.role])).toEqual([["alice@example.com", "developer"]]);
    expect((await getUsers({ email: "nobody@example.com" })).users).toEqual([]);
  });

  it("follows pages: 1001 users take two list requests of 1000", async () => {
    await emulator.control.seedUsers(1000); // plus the admin user
    await emulator.control.resetRequests();
    const { users } = await getUsers();
    expect(users).toHaveLength(1001);
    expect(new Set(users.map((u) => u.id)).size).toBe(1001);
    expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/users": 2 });
  });
});
