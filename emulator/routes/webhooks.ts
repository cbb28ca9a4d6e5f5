import { z } from "zod";
import { ApiError, invalid } from "../errors";
import { newId } from "../ids";
import { idPageQuery } from "../pagination";
import { parseWith } from "../params";
import { route, type Ctx, type Route } from "../router";
import { now } from "../store";
import { newSigningSecret, WEBHOOK_ID_PREFIX, webhookCreateBody, webhookUpdateBody, type WebhookEndpoint } from "../webhooks-wire";

const BETA = "webhooks-2026-10-07";
const MAX_ENDPOINTS = 32;
const BASE = "/v1/organizations/webhooks";

const listQuery = z.object({ ...idPageQuery, order: z.enum(["asc", "desc"]).optional() });

/** The SDK: "A request without it returns `404`, exactly as if this API did not exist." */
function requireWebhooksBeta(ctx: Ctx): void {
  const header = ctx.headers["anthropic-beta"];
  const values = (Array.isArray(header) ? header.join(",") : header ?? "").split(",").map((v) => v.trim());
  if (!values.includes(BETA)) throw new ApiError(404, "Not found.");
}

function stored(ctx: Ctx): WebhookEndpoint {
  requireWebhooksBeta(ctx);
  return ctx.store.integrations.webhook(ctx.params.id);
}

const unique = <T>(items: T[]) => [...new Set(items)];

/**
 * Id-cursor pages in either order (newest first by default). Ids are minted in increasing order, so
 * "after" a cursor means a greater id ascending and a smaller one descending, even once it is deleted.
 */
function pageInOrder(items: WebhookEndpoint[], query: z.infer<typeof listQuery>) {
  const { limit, before_id, after_id, order = "desc" } = query;
  if (before_id !== undefined && after_id !== undefined) throw invalid("Cannot specify both before_id and after_id.");
  const asc = order === "asc";
  const follows = (a: string, b: string) => (asc ? a > b : a < b);
  let list = [...items].sort((a, b) => (follows(a.id, b.id) ? 1 : -1));
  let data: WebhookEndpoint[];
  if (before_id !== undefined) {
    list = list.filter((item) => follows(before_id, item.id));
    data = list.slice(Math.max(0, list.length - limit));
  } else {
    if (after_id !== undefined) list = list.filter((item) => follows(item.id, after_id));
    data = list.slice(0, limit);
  }
  return { data, has_more: list.length > limit, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null };
}

export const webhookRoutes: Route[] = [
  route("POST", BASE, (ctx) => {
    requireWebhooksBeta(ctx);
    const input = parseWith(webhookCreateBody, ctx.body, "body");
    const { webhooks } = ctx.store.integrations;
    if (webhooks.size >= MAX_ENDPOINTS) {
      throw invalid(`An organization can have at most ${MAX_ENDPOINTS} organization webhook endpoints; delete one first.`);
    }
    const at = now();
    const endpoint: WebhookEndpoint = {
      id: newId(WEBHOOK_ID_PREFIX), created_at: at, description: input.description ?? "", disabled_reason: "",
      enabled_events: unique(input.enabled_events), name: input.name ?? "", state: "enabled", updated_at: at, url: input.url,
    };
    webhooks.set(endpoint.id, endpoint);
    // Shown once and not kept: the emulator signs no deliveries (see ../integrations.ts).
    return { ...endpoint, signing_secret: newSigningSecret() };
  }),
  route("GET", BASE, (ctx) => {
    requireWebhooksBeta(ctx);
    const query = parseWith(listQuery, ctx.query, "query");
    return pageInOrder([...ctx.store.integrations.webhooks.values()], query);
  }),
  route("GET", `${BASE}/{id}`, (ctx) => stored(ctx)),
  route("POST", `${BASE}/{id}`, (ctx) => {
    const endpoint = stored(ctx);
    const input = parseWith(webhookUpdateBody, ctx.body, "body");
    if (input.url !== undefined) endpoint.url = input.url;
    if (input.enabled_events?.length) endpoint.enabled_events = unique(input.enabled_events);
    if (input.name !== undefined) endpoint.name = input.name;
    if (input.description !== undefined) endpoint.description = input.description;
    if (input.state !== undefined) {
      endpoint.state = input.state;
      // Enabling clears the reason Anthropic disabled it for; a caller's own disable has none.
      if (input.state === "enabled") endpoint.disabled_reason = "";
    }
    endpoint.updated_at = now();
    return endpoint;
  }),
  route("DELETE", `${BASE}/{id}`, (ctx) => {
    const endpoint = stored(ctx);
    ctx.store.integrations.webhooks.delete(endpoint.id);
    return { id: endpoint.id, type: "webhook_endpoint_deleted" };
  }),
  route("POST", `${BASE}/{id}/regenerate_signing_secret`, (ctx) => {
    const endpoint = stored(ctx);
    // The old secret stops working at once; the new one is shown once and not kept either.
    endpoint.updated_at = now();
    return { signing_secret: newSigningSecret() };
  }),
];
