import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

const emu = useEmulator();

eachConstruction(emu, (sdk) => {
  describe("auto-pagination", () => {
    it("walks a multi-page user list with the SDK's async iterator", async () => {
      const seeded = await emu.control.seedUsers(55);
      await emu.control.resetRequests();
      const ids: string[] = [];
      for await (const user of sdk().beta.organization.users.list({ limit: 20 })) ids.push(user.id);
      expect(ids).toEqual([(await emu.control.state()).adminUserId, ...seeded.map((u) => u.id)]);
      expect((await emu.control.requests()).byRoute["GET /v1/organizations/users"]).toBe(3);
    });

    it("walks a token-paged list (workspace rate limits) page by page", async () => {
      const client = sdk();
      const workspace = await client.beta.organization.workspaces.create({ name: "Paged" });
      const entries = [];
      for await (const entry of client.beta.organization.workspaces.rateLimits.list(workspace.id, { include_inherited: true, limit: 3 })) {
        entries.push(entry.rate_limit_id);
      }
      const orgEntries = (await client.beta.organization.rateLimits.list()).data.map((e) => e.id);
      expect(entries).toEqual(orgEntries);
      expect(entries.length).toBeGreaterThan(3);
    });
  });
});
