import { z } from "zod";
import { invalid, notFound } from "./errors";
import { faultSchema } from "./faults";
import { federationControlRoutes } from "./federation/control";
import { federationIssuerSchema, serviceAccountSchema, storedRuleSchema } from "./federation-wire";
import { externalKeySchema, rbacGroupMemberSchema, rbacGroupSchema } from "./governance";
import { parseWith } from "./params";
import { telemetryDestinationSchema } from "./telemetry-wire";
import { WEBHOOK_ID_PREFIX, webhookEndpointSchema } from "./webhooks-wire";
import type { Route } from "./router";
import type { Core } from "./core";
import { storeSnapshotSchema } from "./snapshot";
import { now, type Store } from "./store";
import { DEFAULT_MODELS, HOUR, type UsageGenerator, type UsageRecord } from "./usage";
import { SERVICE_TIERS, USAGE_INFERENCE_GEOS, USAGE_PRODUCTS } from "./usage-filters";
import {
  API_KEY_STATUSES, ORGANIZATION_ROLES, apiKeySchema, inviteSchema, organizationSchema, spendLimitSchema, userSchema,
  workspaceMemberSchema, workspaceSchema,
} from "./wire";

// The control surface: everything a test does to the organization "out of band" (the Console, a user
// accepting an invite, the passage of time) plus request counters, faults and rate limiting.

const seedUsersBody = z.union([
  z.strictObject({ count: z.number().int().min(1).max(100_000) }),
  z.strictObject({
    users: z.array(z.strictObject({ email: z.email(), name: z.string().optional(), role: z.enum(ORGANIZATION_ROLES).optional() })),
  }),
]);
const seedWorkspaceBody = z.strictObject({
  name: z.string().min(1), display_color: z.string().optional(), tags: z.record(z.string(), z.string()).optional(),
});
const seedApiKeyBody = z.strictObject({
  workspace_id: z.string(), name: z.string().min(1), created_by_user_id: z.string().nullish(),
  status: z.enum(API_KEY_STATUSES).optional(), expires_at: z.iso.datetime({ offset: true }).nullish(),
});
const seedInviteBody = z.strictObject({ email: z.email(), role: z.enum(ORGANIZATION_ROLES).default("user") });
const count = z.number().int().min(0).default(0);
const seedUsageBody = z.strictObject({
  seed: z.number().int().optional(),
  models: z.array(z.string().min(1)).min(1).optional(),
  workspace_ids: z.array(z.string()).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  records: z.array(z.strictObject({
    starting_at: z.iso.datetime({ offset: true }), workspace_id: z.string(), model: z.string(),
    api_key_id: z.string().nullish(), uncached_input_tokens: count, output_tokens: count,
    cache_read_input_tokens: count, cache_creation_5m: count, cache_creation_1h: count, requests: count,
    web_search_requests: count,
    product: z.enum(USAGE_PRODUCTS).optional(), service_tier: z.enum(SERVICE_TIERS).optional(),
    inference_geo: z.enum(USAGE_INFERENCE_GEOS).optional(),
  })).optional(),
});
const rateLimitBody = z.strictObject({ requests_per_minute: z.number().int().min(1).nullable() });

export function controlRoutes(core: Core): Route[] {
  const { store } = core;
  const index: Array<{ method: string; path: string; what: string }> = [];
  const route = (method: Route["method"], path: string, what: string, handler: Route["handler"]): Route => {
    index.push({ method, path: `/_emulator/${path}`, what });
    return { method, template: `/_emulator/${path}`, handler };
  };
  return [
    // The index of this surface, so that the URL the CLI prints answers with what it offers.
    { method: "GET", template: "/_emulator/", handler: () => ({
      controlSurface: index, organizationType: store.organizationType,
      api: "/v1/organizations/... with the admin key in x-api-key or Authorization: Bearer",
    }) },
    route("POST", "reset", "back to a new organization: state, faults, rate limit and request counters", () => {
      store.reset();
      core.faults.clear();
      core.limiter.set(null);
      core.log.reset();
    }),
    route("GET", "state", "every object, as JSON (what PUT takes back)", () => {
      store.sweep();
      return store.snapshot();
    }),
    // Faults, the rate limit and the request counters are traffic, not state: a restore leaves them as they are.
    route("PUT", "state", "replace every object with a snapshot from GET", ({ body }) => {
      store.restore(parseWith(storeSnapshotSchema, body, "body"));
      store.sweep();
      return store.snapshot();
    }),
    route("POST", "users", "add members: {\"users\": [{\"email\", \"name\"?, \"role\"?}]} or {\"count\": N}", ({ body }) => ({ data: seedUsers(store, parseWith(seedUsersBody, body, "body")) })),
    route("POST", "workspaces", "add a workspace made \"in the Console\": {\"name\", \"display_color\"?, \"tags\"?}", ({ body }) => store.addWorkspace(parseWith(seedWorkspaceBody, body, "body"))),
    route("POST", "api_keys", "add a key made \"in the Console\" (its value is never shown): {\"workspace_id\", \"name\", ...}", ({ body }) => {
      const input = parseWith(seedApiKeyBody, body, "body");
      const workspace = store.workspace(input.workspace_id);
      if (input.created_by_user_id) store.user(input.created_by_user_id);
      const { key: _secret, ...apiKey } = store.addApiKey({
        workspaceId: workspace.id, name: input.name, createdByUserId: input.created_by_user_id ?? store.adminUserId,
        status: input.status, expiresAt: input.expires_at ? new Date(input.expires_at).toISOString() : null,
      });
      return apiKey;
    }),
    route("POST", "invites", "add a pending invite: {\"email\", \"role\"?}", ({ body }) => store.addInvite(parseWith(seedInviteBody, body, "body"))),
    route("POST", "invites/{id}/accept", "the invitee signs up: the user is created and the invite accepted", ({ params }) => {
      store.sweep();
      const invite = store.invite(params.id);
      if (invite.status !== "pending") throw invalid(`Invite '${invite.id}' is ${invite.status}, not pending.`);
      const user = store.userByEmail(invite.email) ?? store.addUser({ email: invite.email, role: invite.role });
      invite.status = "accepted";
      invite.accepted_at = now();
      return { invite, user };
    }),
    route("POST", "invites/{id}/expire", "the invite expires", ({ params }) => {
      const invite = store.invite(params.id);
      if (invite.status !== "pending") throw invalid(`Invite '${invite.id}' is ${invite.status}, not pending.`);
      invite.expires_at = new Date(Date.now() - 1000).toISOString();
      invite.status = "expired";
      return invite;
    }),
    route("POST", "objects/{id}", "edit any object out of band with raw wire fields", ({ params, body }) => patchObject(store, params.id, body)),
    route("DELETE", "objects/{id}", "delete any object out of band (the API then answers 404)", ({ params }) => removeObject(store, params.id)),
    route("POST", "usage", "seed usage and cost: synthetic ({\"seed\"}) or exact hourly records", ({ body }) => seedUsage(store, parseWith(seedUsageBody, body, "body"))),
    route("GET", "sign_outs", "members signed out through the API (POST /users/{id}/sign_out), oldest first", () => ({ data: structuredClone(store.signOuts) })),
    route("GET", "requests", "API requests served, in all and per route", () => core.log.report()),
    route("DELETE", "requests", "zero the request counters", () => core.log.reset()),
    route("POST", "faults", "inject a fault: {\"route\", \"kind\": \"latency\"|\"status\"|\"drop\", ...}", ({ body }) => {
      core.faults.add(parseWith(faultSchema, body, "body"));
      return { faults: core.faults.list() };
    }),
    route("DELETE", "faults", "remove every fault", () => core.faults.clear()),
    route("POST", "rate_limit", "limit API requests per minute: {\"requests_per_minute\": N | null}", ({ body }) => {
      core.limiter.set(parseWith(rateLimitBody, body, "body").requests_per_minute);
    }),
    ...federationControlRoutes(route),
  ];
}

function seedUsers(store: Store, input: z.infer<typeof seedUsersBody>) {
  if ("users" in input) return input.users.map((u) => store.addUser(u));
  const taken = new Set([...store.users.values()].map((u) => u.email.toLowerCase()));
  const created = [];
  for (let n = store.users.size; created.length < input.count; n++) {
    const email = `user${n}@example.com`;
    if (taken.has(email)) continue;
    created.push(store.addUser({ email, name: `User ${n}` }));
  }
  return created;
}

interface Located {
  object: object;
  schema: z.ZodType;
  /** Where it is kept, keyed by `id`; null for the organization, which cannot be removed. */
  map: Map<string, unknown> | null;
  /** Fields a patch may not change besides `id`, `type`, `user_id`, `workspace_id`, `rbac_group_id`. */
  fixed?: string[];
  /** Keeps what is derived from the patched object in step with it. */
  afterPatch?: () => void;
}

/**
 * Finds an object by id: `user_`, `invite_`, `wrkspc_`, `apikey_`, `spl_`, `svac_`, `fdis_`, `fdrl_`, `ekey_`,
 * `rbac_group_`, `whep_` (webhook endpoints), `tdst_` (telemetry destinations), `wrkspc_.../user_...` (a
 * workspace member), `rbac_group_.../user_...` (a group member), or the organization's.
 */
function locate(store: Store, id: string): Located {
  if (id === store.organization.id) return { object: store.organization, schema: organizationSchema, map: null };
  const pair = id.includes("/");
  const destination = id.startsWith("tdst_") ? store.integrations.telemetryDestinations.get(id) : undefined;
  if (destination) {
    const listKind = destination.destination.workspaces.type;
    return {
      object: destination.destination, schema: telemetryDestinationSchema, map: store.integrations.telemetryDestinations,
      // Header values are write-only and not held; names change only with their values, through the API.
      fixed: ["header_names"],
      // As the API does when a destination's kind of list changes: the old list no longer means anything.
      afterPatch: () => {
        if (destination.destination.workspaces.type !== listKind) destination.list = [];
      },
    };
  }
  const tables: Array<{ prefix: string; map: Map<string, unknown>; schema: z.ZodType }> = [
    { prefix: "user_", map: store.users, schema: userSchema },
    { prefix: "invite_", map: store.invites, schema: inviteSchema },
    { prefix: "apikey_", map: store.apiKeys, schema: apiKeySchema },
    { prefix: "spl_", map: store.spendLimits, schema: spendLimitSchema },
    { prefix: "svac_", map: store.federation.serviceAccounts, schema: serviceAccountSchema },
    { prefix: "fdis_", map: store.federation.issuers, schema: federationIssuerSchema },
    { prefix: "fdrl_", map: store.federation.rules, schema: storedRuleSchema },
    { prefix: "ekey_", map: store.governance.externalKeys, schema: externalKeySchema },
    { prefix: "rbac_group_", map: pair ? store.governance.rbacGroupMembers : store.governance.rbacGroups, schema: pair ? rbacGroupMemberSchema : rbacGroupSchema },
    { prefix: `${WEBHOOK_ID_PREFIX}_`, map: store.integrations.webhooks, schema: webhookEndpointSchema },
    { prefix: "wrkspc_", map: pair ? store.members : store.workspaces, schema: pair ? workspaceMemberSchema : workspaceSchema },
  ];
  for (const table of tables) {
    const object = id.startsWith(table.prefix) ? table.map.get(id) : undefined;
    if (object) return { object: object as object, schema: table.schema, map: table.map };
  }
  throw notFound("Object", id);
}

function patchObject(store: Store, id: string, fields: unknown) {
  const { object, schema, fixed = [], afterPatch } = locate(store, id);
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) throw invalid("body: must be an object of wire fields.");
  for (const field of ["id", "type", "user_id", "workspace_id", "rbac_group_id", ...fixed]) {
    const given = (fields as Record<string, unknown>)[field];
    if (field in fields && JSON.stringify(given) !== JSON.stringify((object as Record<string, unknown>)[field])) {
      throw invalid(`${field}: cannot be changed.`);
    }
  }
  const next = parseWith(schema, { ...object, ...fields }, "body");
  Object.assign(object, next);
  afterPatch?.();
  return object;
}

function removeObject(store: Store, id: string) {
  const { object, map } = locate(store, id);
  if (!map) throw invalid("The organization cannot be removed.");
  if (map === store.users) store.removeUser(id);
  else map.delete(id);
  if (map === store.workspaces) {
    for (const [key, member] of store.members) if (member.workspace_id === id) store.members.delete(key);
    for (const key of [...store.rateLimitOverrides.keys()]) if (key.startsWith(`${id}/`)) store.rateLimitOverrides.delete(key);
    for (const limit of store.spendLimits.values()) {
      if (limit.scope.type === "workspace" && limit.scope.workspace_id === id) store.spendLimits.delete(limit.id);
    }
    for (const d of store.integrations.telemetryDestinations.values()) d.list = d.list.filter((e) => e.workspace_id !== id);
  }
  // As the API's own delete does: a group's memberships go with it.
  if (map === store.governance.rbacGroups) {
    for (const [key, member] of store.governance.rbacGroupMembers) if (member.rbac_group_id === id) store.governance.rbacGroupMembers.delete(key);
  }
  return { removed: object };
}

function seedUsage(store: Store, input: z.infer<typeof seedUsageBody>) {
  const records: UsageRecord[] = (input.records ?? []).map(({ starting_at, product, service_tier, inference_geo, ...r }) => ({
    ...r, api_key_id: r.api_key_id ?? null, at: Math.floor(Date.parse(starting_at) / HOUR) * HOUR,
    // Only what was given, so a snapshot of an organization seeded without attribution stays as it was.
    ...(product && { product }), ...(service_tier && { service_tier }), ...(inference_geo && { inference_geo }),
  }));
  const generators: UsageGenerator[] = [];
  if (input.seed !== undefined || input.records === undefined) {
    const workspaceIds = input.workspace_ids ?? [...store.workspaces.values()].filter((w) => w.archived_at === null).map((w) => w.id);
    generators.push({
      seed: input.seed ?? 1,
      models: input.models ?? DEFAULT_MODELS,
      sources: workspaceIds.map((id) => ({
        workspace_id: store.workspace(id).id,
        api_key_id: [...store.apiKeys.values()].find((k) => k.scope.workspace_id === id && k.status === "active")?.id ?? null,
      })),
      from: input.from ? Date.parse(input.from) : Math.floor(Date.now() / HOUR) * HOUR - 90 * 24 * HOUR,
    });
  }
  store.usage = { generators, records };
  return store.usage;
}

