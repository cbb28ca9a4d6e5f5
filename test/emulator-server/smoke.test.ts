import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

const emu = useEmulator();

describe("smoke", () => {
  it("works", async () => {
    const me = await adminFetch(emu, "GET", "/v1/organizations/me");
    console.log(me.status, me.body, me.headers.get("request-id"));
    const users = await emu.control.seedUsers(3);
    const list = await adminFetch(emu, "GET", "/v1/organizations/users?limit=2");
    console.log(JSON.stringify(list.body));
    const ws = await adminFetch(emu, "POST", "/v1/organizations/workspaces", { body: { name: "Prod", tags: { team: "x" } } });
    console.log(JSON.stringify(ws.body));
    const key = await adminFetch(emu, "POST", "/v1/organizations/api_keys", { body: { name: "k", workspace_id: ws.body.id } });
    console.log(JSON.stringify(key.body));
    expect(users.length).toBe(3);
    console.log(JSON.stringify(await emu.control.requests()));
  });
});
