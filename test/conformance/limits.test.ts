import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

const emu = useEmulator();

eachConstruction(emu, (sdk) => {
  describe("workspace rate limits", () => {
    it("lists the organization's groups, sets and clears a workspace override, and lists it", async () => {
      const client = sdk();
      const workspace = await client.beta.organization.workspaces.create({ name: "Limited" });
      const orgLimits = await client.beta.organization.rateLimits.list({ group_type: "model_group" });
      const sonnet = orgLimits.data.find((e) => e.models?.includes("claude-sonnet-4-5"));
      expect(sonnet?.type).toBe("rate_limit");
      const orgRpm = sonnet!.limits.find((l) => l.type === "requests_per_minute")!.value;

      const rateLimits = client.beta.organization.workspaces.rateLimits;
      expect((await rateLimits.list(workspace.id)).data).toEqual([]);

      const entry = await rateLimits.update(sonnet!.id, {
        workspace_id: workspace.id,
        limits: [{ type: "requests_per_minute", value: 100 }, { type: "output_tokens_per_minute", value: 5000 }],
      });
      expect(entry).toMatchObject({
        type: "workspace_rate_limit", workspace_id: workspace.id, rate_limit_id: sonnet!.id, group: sonnet!.group, models: sonnet!.models,
      });
      expect(entry.limits).toEqual([
        { type: "output_tokens_per_minute", value: 5000, org_limit: 400_000, source: { type: "workspace" } },
        { type: "requests_per_minute", value: 100, org_limit: orgRpm, source: { type: "workspace" } },
      ]);

      const listed = await rateLimits.list(workspace.id);
      expect(listed.data).toEqual([entry]);

      const cleared = await rateLimits.update(sonnet!.id, { workspace_id: workspace.id, limits: [{ type: "output_tokens_per_minute", value: null }] });
      expect(cleared.limits.map((l) => [l.type, l.value])).toEqual([["requests_per_minute", 100]]);

      const inherited = await rateLimits.list(workspace.id, { include_inherited: true });
      const sonnetEntry = inherited.data.find((e) => e.rate_limit_id === sonnet!.id)!;
      expect(sonnetEntry.limits.find((l) => l.type === "output_tokens_per_minute")).toEqual({
        type: "output_tokens_per_minute", value: 400_000, org_limit: 400_000, source: { type: "organization" },
      });
      expect(inherited.data.length).toBe((await client.beta.organization.rateLimits.list()).data.length);
    });

    it("filters the organization's groups by model, and answers an unknown model with 404", async () => {
      const rateLimits = sdk().beta.organization.rateLimits;
      const haiku = await rateLimits.list({ model: "claude-haiku-4-5" });
      expect(haiku.data).toHaveLength(1);
      expect(haiku.data[0].models).toContain("claude-haiku-4-5");
      await expect(rateLimits.list({ model: "claude-nonexistent" })).rejects.toBeInstanceOf(Anthropic.NotFoundError);
    });
  });

  describe("spend limits", () => {
    it("sets (upserting on scope and period), retrieves, lists and deletes a workspace spend limit", async () => {
      const client = sdk();
      const spendLimits = client.beta.organization.spendLimits;
      const workspace = await client.beta.organization.workspaces.create({ name: "Budgeted" });
      const scope = { type: "workspace" as const, workspace_id: workspace.id };

      const set = await spendLimits.set({ amount: "500000", scope, period: "monthly" });
      expect(set).toMatchObject({ type: "spend_limit", amount: "500000", currency: "USD", is_enabled: true, period: "monthly", scope });
      expect(set.id).toMatch(/^spl_/);

      const raised = await spendLimits.set({ amount: "750000", scope });
      expect(raised.id).toBe(set.id);
      expect(raised.amount).toBe("750000");
      expect(raised.created_at).toBe(set.created_at);
      expect(await spendLimits.retrieve(set.id)).toEqual(raised);

      const listed = await spendLimits.list({ workspace_id: workspace.id });
      expect(listed.data).toEqual([raised]);
      const all = await spendLimits.list();
      expect(all.data.map((l) => l.scope.type)).toEqual(["workspace", "usage_tier"]);

      expect(await spendLimits.delete(set.id)).toEqual({ id: set.id, type: "spend_limit_deleted" });
      await expect(spendLimits.retrieve(set.id)).rejects.toBeInstanceOf(Anthropic.NotFoundError);
      expect((await spendLimits.list({ workspace_id: workspace.id })).data).toEqual([]);
    });

    it("refuses what a Console organization cannot set", async () => {
      const spendLimits = sdk().beta.organization.spendLimits;
      const [user] = await emu.control.seedUsers(1);
      await expect(spendLimits.set({ amount: "100", scope: { type: "user", user_id: user.id } })).rejects.toBeInstanceOf(Anthropic.BadRequestError);
      await expect(spendLimits.set({ amount: "100", scope: { type: "organization" }, period: "daily" })).rejects.toBeInstanceOf(Anthropic.BadRequestError);
      await expect(spendLimits.set({ amount: "12.50", scope: { type: "organization" } })).rejects.toBeInstanceOf(Anthropic.BadRequestError);
    });
  });
});
