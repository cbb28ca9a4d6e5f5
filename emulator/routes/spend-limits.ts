import { z } from "zod";
import { invalid } from "../errors";
import { newId } from "../ids";
import { cursorPageQuery, pageByCursor } from "../pagination";
import { parseWith, q } from "../params";
import { requireBeta, route, type Route } from "../router";
import { now } from "../store";
import type { SpendLimit } from "../wire";
import { activeWorkspace } from "./workspaces";

const ENTERPRISE_ONLY = "only Claude Enterprise organizations set user spend limits; this is a Claude Console organization";

const setBody = z.strictObject({
  amount: z.string().regex(/^\d+$/, "must be a non-negative integer decimal string (cents)")
    .nullable()
    .refine((a) => a !== null, "a Claude Console organization's limits always carry an amount"),
  scope: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("organization") }),
    z.strictObject({ type: z.literal("workspace"), workspace_id: z.string().min(1) }),
    z.strictObject({ type: z.literal("user"), user_id: z.string() }),
  ]),
  period: z.enum(["daily", "monthly", "weekly"]).default("monthly")
    .refine((p) => p === "monthly", "a Claude Console organization's limits are monthly"),
});

const SCOPE_TYPES = ["organization", "organization_service", "rbac_group", "seat_tier", "usage_tier", "user", "workspace"] as const;
const CONSOLE_SCOPES = ["organization", "usage_tier", "workspace"];

const listQuery = z.object({
  ...cursorPageQuery,
  scope_type: q.list(z.enum(SCOPE_TYPES))
    .refine((types) => !types || types.every((t) => CONSOLE_SCOPES.includes(t)), `a Claude Console organization only has ${CONSOLE_SCOPES.join(", ")} limits`),
  workspace_id: q.one(),
});

export const spendLimitRoutes: Route[] = [
  route("POST", "/v1/organizations/spend_limits", ({ store, body }) => {
    const input = parseWith(setBody, body, "body");
    if (input.scope.type === "user") throw invalid(`scope: ${ENTERPRISE_ONLY}.`);
    const scope = input.scope;
    if (scope.type === "workspace") activeWorkspace(store, scope.workspace_id);
    const sameScope = (l: SpendLimit) =>
      l.period === input.period && l.scope.type === scope.type &&
      (scope.type !== "workspace" || (l.scope.type === "workspace" && l.scope.workspace_id === scope.workspace_id));
    const existing = [...store.spendLimits.values()].find(sameScope);
    const at = now();
    if (existing) {
      existing.amount = input.amount;
      existing.updated_at = at;
      return existing;
    }
    const limit: SpendLimit = {
      id: newId("spl"), type: "spend_limit", amount: input.amount, currency: "USD", is_enabled: true,
      period: input.period, scope: structuredClone(scope), created_at: at, updated_at: at,
    };
    store.spendLimits.set(limit.id, limit);
    return limit;
  }),
  route("GET", "/v1/organizations/spend_limits", (ctx) => {
    requireBeta(ctx, "spend-limit-reads-2026-09-26");
    const params = parseWith(listQuery, ctx.query, "query");
    // A Console organization's limits come newest first.
    const limits = [...ctx.store.spendLimits.values()].reverse().filter(
      (l) =>
        (!params.scope_type || params.scope_type.includes(l.scope.type)) &&
        (params.workspace_id === undefined || (l.scope.type === "workspace" && l.scope.workspace_id === params.workspace_id)),
    );
    const { data, next_page } = pageByCursor(limits, params, 20);
    return { data, next_page };
  }),
  route("GET", "/v1/organizations/spend_limits/{id}", ({ store, params }) => store.spendLimit(params.id)),
  route("DELETE", "/v1/organizations/spend_limits/{id}", ({ store, params }) => {
    const limit = store.spendLimit(params.id);
    if (limit.scope.type === "usage_tier") throw invalid("The usage_tier spend limit is set by Anthropic and cannot be deleted.");
    store.spendLimits.delete(limit.id);
    return { id: limit.id, type: "spend_limit_deleted" };
  }),
];
