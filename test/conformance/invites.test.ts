import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

const emu = useEmulator();

eachConstruction(emu, (sdk) => {
  describe("invites", () => {
    it("creates, lists, retrieves and deletes an invite", async () => {
      const invites = sdk().beta.organization.invites;
      const created = await invites.create({ email: "carol@example.com", role: "claude_code_user" });
      expect(created).toMatchObject({ type: "invite", email: "carol@example.com", role: "claude_code_user", status: "pending", accepted_at: null, rbac_group_ids: [] });
      expect(created.id).toMatch(/^invite_/);
      expect(Date.parse(created.expires_at)).toBeGreaterThan(Date.parse(created.invited_at));

      const listed = await invites.list();
      expect(listed.data).toEqual([created]);
      expect(listed.first_id).toBe(created.id);

      expect(await invites.retrieve(created.id)).toEqual(created);
      expect(await invites.delete(created.id)).toEqual({ id: created.id, type: "invite_deleted" });
      expect((await invites.list()).data).toEqual([]);
    });

    it("surfaces the already-a-member refusal as the SDK's BadRequestError with its error code", async () => {
      const error = await sdk().beta.organization.invites.create({ email: "admin@example.com", role: "user" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Anthropic.BadRequestError);
      expect((error as InstanceType<typeof Anthropic.BadRequestError>).errorCode).toBe("already_member");
    });
  });
});
