import { z } from "zod";
import { invalid } from "./errors";
import { q } from "./params";
import type { UsageRecord } from "./usage";

// Every filter `GET /analytics/usage` and `GET /analytics/cost` document (the SDK's UsageListParams and
// CostListParams), each either applied to the emulator's records or refused with a 400 that names it:
// none is ever ignored. Emulated usage is attributed to a workspace, a model, maybe an API key, and
// (when a test seeds it) a product, service tier and inference geo; a filter on anything it does not
// carry (sessions, agents, Slack, RBAC groups, user profiles...) matches nothing, as the API documents
// for usage without that attribution.

export const USAGE_PRODUCTS = [
  "chat", "chat_cowork_unified", "claude_code", "claude_console", "claude_design", "claude_in_chrome", "claude_tag",
  "cowork", "managed_agents_api", "message_batches_api", "messages_api", "office_agent",
] as const;
export const SERVICE_TIERS = ["batch", "flex", "flex_discount", "priority", "priority_on_demand", "standard"] as const;
export const USAGE_INFERENCE_GEOS = ["global", "us"] as const;
const INFERENCE_GEO_FILTERS = ["global", "not_available", "us"] as const;
const SPEEDS = ["fast", "standard"] as const;
const CONTEXT_WINDOWS = ["0-200k", "200k-1M"] as const;
const ACTOR_TYPES = ["api_actor", "federated_actor", "service_account_actor", "user_actor"] as const;
const CLAUDE_TAG_CATEGORIES = ["dm", "engaged", "monitoring", "proactive", "scheduled"] as const;

/** What a record reads as for each attributed dimension (also the `group` values of the reports). */
export const attribution = {
  product: (r: UsageRecord) => r.product ?? "messages_api",
  service_tier: (r: UsageRecord) => r.service_tier ?? "standard",
  inference_geo: (r: UsageRecord) => r.inference_geo ?? "global",
  speed: (_r: UsageRecord) => "standard",
  context_window: (_r: UsageRecord) => "0-200k",
  actor_type: (r: UsageRecord) => (r.api_key_id ? "api_actor" : null),
};

const ids = () => q.list(z.string());
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => q.list(z.enum(values));

/** The query fields of both reports besides the range, grouping, ordering and paging. */
export const filterQuery = {
  models: ids(),
  workspace_ids: ids(),
  api_key_ids: ids(),
  products: oneOf(USAGE_PRODUCTS),
  service_tiers: oneOf(SERVICE_TIERS),
  inference_geos: oneOf(INFERENCE_GEO_FILTERS),
  speeds: oneOf(SPEEDS),
  context_windows: oneOf(CONTEXT_WINDOWS),
  actor_types: oneOf(ACTOR_TYPES),
  actor_ids: ids(),
  claude_tag_categories: oneOf(CLAUDE_TAG_CATEGORIES),
  organization_ids: ids(),
  exclude_deleted_users: q.bool(),
  // Attribution emulated usage never carries: each matches nothing when given.
  agent_ids: ids(),
  deployment_ids: ids(),
  environment_ids: ids(),
  session_ids: ids(),
  slack_channel_ids: ids(),
  claude_tag_user_ids: ids(),
  rbac_group_ids: ids(),
  user_profile_ids: ids(),
};

export type ReportFilters = { [K in keyof typeof filterQuery]?: z.output<(typeof filterQuery)[K]> };

const UNATTRIBUTED = [
  "agent_ids", "deployment_ids", "environment_ids", "session_ids", "slack_channel_ids", "claude_tag_user_ids",
  "claude_tag_categories", "rbac_group_ids", "user_profile_ids",
] as const;

/** Refusals that do not depend on the records; thrown before any report is built. */
export function checkFilters(filters: ReportFilters, groupBy: readonly string[]): void {
  if (filters.organization_ids) {
    throw invalid("organization_ids: filters a parent organization's report to its child organizations, and requires an API key created at the parent organization level; this organization has no child organizations.");
  }
  if (filters.exclude_deleted_users && !groupBy.includes("actor")) {
    throw invalid("exclude_deleted_users: requires group_by[]=actor.");
  }
}

/** A predicate for the records the filters keep. */
export function recordFilter(filters: ReportFilters): (record: UsageRecord) => boolean {
  const tests: Array<(r: UsageRecord) => boolean> = [];
  const keep = <T>(list: readonly T[] | undefined, value: (r: UsageRecord) => T) => {
    if (list) tests.push((r) => list.includes(value(r)));
  };
  keep(filters.models, (r) => r.model);
  keep(filters.workspace_ids, (r) => r.workspace_id);
  // The API: an empty entry (`api_key_ids[]=`) also matches usage no API key authenticated.
  keep(filters.api_key_ids, (r) => r.api_key_id ?? "");
  keep(filters.products, attribution.product as (r: UsageRecord) => (typeof USAGE_PRODUCTS)[number]);
  keep(filters.service_tiers, attribution.service_tier as (r: UsageRecord) => (typeof SERVICE_TIERS)[number]);
  keep(filters.inference_geos, (r) => (attribution.inference_geo(r) ?? "not_available") as (typeof INFERENCE_GEO_FILTERS)[number]);
  keep(filters.speeds, attribution.speed as (r: UsageRecord) => (typeof SPEEDS)[number]);
  keep(filters.context_windows, attribution.context_window as (r: UsageRecord) => (typeof CONTEXT_WINDOWS)[number]);
  if (filters.actor_types) {
    const types = filters.actor_types as readonly string[];
    tests.push((r) => types.includes(attribution.actor_type(r) ?? ""));
  }
  // An `apikey_` entry matches usage attributed to the key itself; emulated usage has no user or service account actor.
  if (filters.actor_ids) {
    const actors = filters.actor_ids;
    tests.push((r) => r.api_key_id !== null && actors.includes(r.api_key_id));
  }
  for (const name of UNATTRIBUTED) if (filters[name]) tests.push(() => false);
  return (record) => tests.every((test) => test(record));
}
