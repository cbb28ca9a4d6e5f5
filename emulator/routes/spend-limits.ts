import { z } from "zod";
import { invalid } from "../errors";
import { newId } from "../ids";
import { requireConsole } from "../organization-kind";
import { cursorPageQuery, pageByCursor } from "../pagination";
import { parseWith, q } from "../params";
import { requireBeta, route, type Route } from "../router";
import { now, type Store } from "../store";
import type { SpendLimit } from "../wire";
import { effectiveSpendLimitRoutes } from "./effective-spend-limits";
import { activeWorkspace } from "./workspaces";

// Spend limits as each kind of organization has them (the SDK's SpendLimits): a Claude Console
// organization sets monthly `organization` and `workspace` limits beside Anthropic's `usage_tier` one; a
// Claude Enterprise organization sets per-member `user` overrides of any period over the defaults
// configured in claude.ai (here: its seeded `organization` limit).

const PERIODS = ["daily", "monthly", "weekly"] as const;
const setBody = z.strictObject({
  amount: z.string().regex(/^\d+$/, "must be a non-negative integer decimal string (cents)").nullable(),
  scope: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("organization") }),
    z.strictObject({ type: z.literal("workspace"), workspace_id: z.string().min(1) }),
    z.strictObject({ type: z.literal("user"), user_id: z.string().min(1) }),
  ]),
  period: z.enum(PERIODS).default("monthly"),
});
type SetInput = z.infer<typeof setBody>;

const SCOPE_TYPES = ["organization", "organization_service", "rbac_group", "seat_tier", "usage_tier", "user", "workspace"] as const;
/** Each kind's scope types, in the order the API lists an Enterprise organization's limits. */
const SCOPES_BY_KIND = {
  console: ["organization", "usage_tier", "workspace"],
  enterprise: ["organization", "seat_tier", "rbac_group", "organization_service", "user"],
} as const;

const listQuery = z.object({ ...cursorPageQuery, scope_type: q.list(z.enum(SCOPE_TYPES)), workspace_id: q.one() });

/** Refuses what this kind of organization cannot set; the message says what it can. */
function checkSettable(store: Store, input: SetInput): void {
  if (store.organizationType === "enterprise") {
    if (input.scope.type !== "user") {
      throw invalid("scope: a Claude Enterprise organization sets user limits; its organization-level defaults are configured in claude.ai.");
    }
    store.user(input.scope.user_id);
    return;
  }
  if (input.scope.type === "user") {
    throw invalid("scope: only Claude Enterprise organizations set user spend limits; this is a Claude Console organization.");
  }
  if (input.amount === null) throw invalid("amount: a Claude Console organization's limits always carry an amount.");
  if (input.period !== "monthly") throw invalid("period: a Claude Console organization's limits are monthly.");
  if (input.scope.type === "workspace") activeWorkspace(store, input.scope.workspace_id);
}

const sameScope = (a: SpendLimit["scope"], b: SpendLimit["scope"]) => JSON.stringify(a) === JSON.stringify(b);

export const spendLimitRoutes: Route[] = [
  route("POST", "/v1/organizations/spend_limits", ({ store, body }) => {
    const input = parseWith(setBody, body, "body");
    checkSettable(store, input);
    const existing = [...store.spendLimits.values()].find((l) => l.period === input.period && sameScope(l.scope, input.scope));
    const at = now();
    if (existing) {
      existing.amount = input.amount;
      existing.updated_at = at;
      return existing;
    }
    const limit: SpendLimit = {
      id: newId("spl"), type: "spend_limit", amount: input.amount, currency: "USD", is_enabled: true,
      period: input.period, scope: structuredClone(input.scope), created_at: at, updated_at: at,
    };
    store.spendLimits.set(limit.id, limit);
    return limit;
  }),
  route("GET", "/v1/organizations/spend_limits", (ctx) => {
    requireBeta(ctx, "spend-limit-reads-2026-09-26");
    const { store } = ctx;
    const params = parseWith(listQuery, ctx.query, "query");
    const kinds: readonly string[] = SCOPES_BY_KIND[store.organizationType];
    const foreign = params.scope_type?.filter((t) => !kinds.includes(t));
    if (foreign?.length) throw invalid(`scope_type: this organization has no ${foreign.join(", ")} limits; it has ${kinds.join(", ")}.`);
    if (params.workspace_id !== undefined) requireConsole(store, "workspace_id");
    const matching = [...store.spendLimits.values()].filter(
      (l) =>
        (!params.scope_type || params.scope_type.includes(l.scope.type)) &&
        (params.workspace_id === undefined || (l.scope.type === "workspace" && l.scope.workspace_id === params.workspace_id)),
    );
    // A Console organization's limits come newest first; an Enterprise one's grouped by scope type.
    const limits = store.organizationType === "console"
      ? matching.reverse()
      : matching.sort((a, b) => kinds.indexOf(a.scope.type) - kinds.indexOf(b.scope.type));
    const { data, next_page } = pageByCursor(limits, params, 20);
    return { data, next_page };
  }),
  // Before `{id}`: otherwise "effective" would be read as a spend limit id.
  ...effectiveSpendLimitRoutes,
  route("GET", "/v1/organizations/spend_limits/{id}", ({ store, params }) => store.spendLimit(params.id)),
  route("DELETE", "/v1/organizations/spend_limits/{id}", ({ store, params }) => {
    const limit = store.spendLimit(params.id);
    if (limit.scope.type === "usage_tier") throw invalid("The usage_tier spend limit is set by Anthropic and cannot be deleted.");
    if (store.organizationType === "enterprise" && limit.scope.type !== "user") {
      throw invalid(`A Claude Enterprise organization's ${limit.scope.type} limits are configured in claude.ai; only user overrides can be deleted here.`);
    }
    store.spendLimits.delete(limit.id);
    return { id: limit.id, type: "spend_limit_deleted" };
  }),
];
