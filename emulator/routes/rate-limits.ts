import { z } from "zod";
import { invalid, notFound } from "../errors";
import { cursorPageQuery, pageByCursor } from "../pagination";
import { parseWith, q } from "../params";
import type { OrganizationRateLimit } from "../rate-limit-catalog";
import { route, type Route } from "../router";
import type { Store } from "../store";
import { activeWorkspace } from "./workspaces";

const GROUP_TYPES = ["batch", "files", "model_group", "skills", "token_count", "web_search"] as const;
const LIMITER_TYPES = [
  "fast_itpmca", "fast_otpm", "input_tokens_per_minute", "input_tokens_per_minute_cache_aware",
  "output_tokens_per_minute", "requests_per_minute", "tokens_per_day", "tokens_per_minute", "tool_uses_per_second",
] as const;

const orgListQuery = z.object({ ...cursorPageQuery, group_type: z.enum(GROUP_TYPES).optional(), model: q.one() });
const workspaceListQuery = z.object({
  ...cursorPageQuery, group_type: z.enum(GROUP_TYPES).optional(), include_inherited: q.bool(),
});
const updateBody = z.strictObject({
  limits: z.array(z.strictObject({
    type: z.enum(LIMITER_TYPES),
    value: z.number().int("must be an integer").min(0).nullable(),
  })).min(1, "name at least one limiter type")
    .refine((limits) => new Set(limits.map((l) => l.type)).size === limits.length, "each limiter type may appear once"),
});

const overrideKey = (workspaceId: string, rateLimitId: string) => `${workspaceId}/${rateLimitId}`;

/** One entry per rate-limit group; its `limits` hold one value per limiter type. */
function workspaceEntry(store: Store, workspaceId: string, org: OrganizationRateLimit, inherited: boolean) {
  const overrides = store.rateLimitOverrides.get(overrideKey(workspaceId, org.id)) ?? new Map<string, number>();
  const orgValue = (type: string) => org.limits.find((l) => l.type === type)?.value ?? null;
  const limits: Array<{ type: string; value: number; org_limit: number | null; source: { type: "workspace" | "organization" } }> =
    [...overrides].map(([type, value]) => ({ type, value, org_limit: orgValue(type), source: { type: "workspace" } }));
  if (inherited) {
    for (const l of org.limits) {
      if (!overrides.has(l.type)) limits.push({ type: l.type, value: l.value, org_limit: l.value, source: { type: "organization" } });
    }
  }
  limits.sort((a, b) => a.type.localeCompare(b.type));
  return {
    type: "workspace_rate_limit" as const, workspace_id: workspaceId, rate_limit_id: org.id,
    group: structuredClone(org.group), models: org.models ? [...org.models] : null, limits,
  };
}

export const rateLimitRoutes: Route[] = [
  route("GET", "/v1/organizations/rate_limits", ({ store, query }) => {
    const params = parseWith(orgListQuery, query, "query");
    let entries = store.rateLimits.filter((e) => !params.group_type || e.group.type === params.group_type);
    if (params.model !== undefined) {
      entries = entries.filter((e) => e.models?.includes(params.model as string));
      if (entries.length === 0) throw notFound("Rate limits for model", params.model);
    }
    return pageByCursor(structuredClone(entries), params);
  }),
  route("GET", "/v1/organizations/workspaces/{id}/rate_limits", ({ store, params, query }) => {
    const workspace = store.workspace(params.id);
    const input = parseWith(workspaceListQuery, query, "query");
    const entries = store.rateLimits
      .filter((org) => !input.group_type || org.group.type === input.group_type)
      .map((org) => workspaceEntry(store, workspace.id, org, input.include_inherited ?? false))
      .filter((entry) => entry.limits.length > 0);
    const { data, next_page } = pageByCursor(entries, input);
    return { data, next_page };
  }),
  route("POST", "/v1/organizations/workspaces/{id}/rate_limits/{rate_limit_id}", ({ store, params, body }) => {
    const workspace = activeWorkspace(store, params.id);
    const org = store.rateLimits.find((e) => e.id === params.rate_limit_id);
    if (!org) throw notFound("Rate limit", params.rate_limit_id);
    const { limits } = parseWith(updateBody, body, "body");
    if (org.group.type === "web_search" && limits.some((l) => l.type !== "tool_uses_per_second")) {
      throw invalid("The web_search group only has the tool_uses_per_second limiter.");
    }
    const key = overrideKey(workspace.id, org.id);
    const overrides = new Map(store.rateLimitOverrides.get(key));
    for (const { type, value } of limits) {
      if (value === null) overrides.delete(type);
      else overrides.set(type, value);
    }
    if (overrides.size > 0) store.rateLimitOverrides.set(key, overrides);
    else store.rateLimitOverrides.delete(key);
    return workspaceEntry(store, workspace.id, org, false);
  }),
];
