import { describe, expect, it } from "vitest";
import { collect } from "../../provider/client";
import { clientFor } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator();
const USERS_ROUTE = "GET /v1/organizations/users";

describe("pagination against the emulator", () => {
  it("lists 2,500 seeded users with page size 1,000 in exactly 3 requests", async () => {
    await emulator.control.seedUsers(2500);
    const expected = (await emulator.control.state()).users.map((u) => u.id);
    expect(expected).toHaveLength(2501); // the seeded users plus the organization's admin
    await emulator.control.resetRequests();

    const { client } = clientFor(emulator);
    const users = await collect(client.listUsers({ limit: 1000 }));

    expect(users.map((u) => u.id)).toEqual(expected);
    const report = await emulator.control.requests();
    expect(report.byRoute[USERS_ROUTE]).toBe(3);
    expect(report.total).toBe(3);
    expect(report.log.map((r) => new URL(r.path, "http://x").searchParams.get("limit"))).toEqual(["1000", "1000", "1000"]);
    // Each page resumes after the last id of the previous one.
    const afterIds = report.log.map((r) => new URL(r.path, "http://x").searchParams.get("after_id"));
    expect(afterIds).toEqual([null, expected[999], expected[1999]]);
  });

  it("uses the maximum page size by default", async () => {
    await emulator.control.seedUsers(1500);
    const { client } = clientFor(emulator);
    expect(await collect(client.listUsers())).toHaveLength(1501);
    expect((await emulator.control.requests()).byRoute[USERS_ROUTE]).toBe(2);
  });

  it("fetches only as many pages as the caller consumes", async () => {
    await emulator.control.seedUsers(30);
    const { client } = clientFor(emulator);
    let seen = 0;
    for await (const _user of client.listUsers({ limit: 10 })) {
      if (++seen === 15) break;
    }
    expect((await emulator.control.requests()).byRoute[USERS_ROUTE]).toBe(2);
  });
});
