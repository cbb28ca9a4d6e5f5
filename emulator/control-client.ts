import type { FaultInput } from "./faults";
import type { StoreSnapshot } from "./snapshot";
import type { RequestReport } from "./traffic";
import type { UsageState } from "./usage";
import type { ApiKey, Invite, OrganizationRole, User, Workspace } from "./wire";

export type EmulatorState = StoreSnapshot;

export interface UsageRecordInput {
  /** Floored to the hour. */
  startingAt: string;
  workspaceId: string;
  model: string;
  apiKeyId?: string | null;
  uncachedInputTokens?: number;
  outputTokens?: number;
  cacheReadInputTokens?: number;
  cacheCreation5m?: number;
  cacheCreation1h?: number;
  requests?: number;
  webSearchRequests?: number;
  /** Attribution, for the report filters: default `messages_api`, `standard`, `global`. */
  product?: string;
  serviceTier?: string;
  inferenceGeo?: "global" | "us";
}

export interface SeedUsageInput {
  /** Synthetic hourly usage from this seed (the default when no `records` are given: seed 1). */
  seed?: number;
  models?: string[];
  /** Workspaces that produce synthetic usage; default: every active workspace, the default one included. */
  workspaceIds?: string[];
  /** First hour of synthetic usage (RFC 3339); default: 90 days ago. */
  from?: string;
  /** Exact hourly records, added to (or instead of, when no seed is given) the synthetic ones. */
  records?: UsageRecordInput[];
}

/** Typed client for the emulator's control surface (`/_emulator/...`); needs no admin key. */
export class EmulatorControl {
  constructor(readonly url: string) {}

  async reset(): Promise<void> { await this.call("POST", "reset"); }
  state(): Promise<EmulatorState> { return this.call("GET", "state"); }
  /**
   * Replaces the whole organization with a snapshot as `state()` returns it, ids included (e.g. one saved
   * to a file); answers the state as restored. Faults, the rate limit and request counters are kept.
   */
  restore(snapshot: EmulatorState): Promise<EmulatorState> { return this.call("PUT", "state", snapshot); }
  async seedUsers(users: number | Array<{ email: string; name?: string; role?: OrganizationRole }>): Promise<User[]> {
    const body = typeof users === "number" ? { count: users } : { users };
    return (await this.call<{ data: User[] }>("POST", "users", body)).data;
  }
  seedWorkspace(input: { name: string; displayColor?: string; tags?: Record<string, string> }): Promise<Workspace> {
    return this.call("POST", "workspaces", { name: input.name, display_color: input.displayColor, tags: input.tags });
  }
  /** A key "created in the Console": its secret is never revealed. */
  seedApiKey(input: {
    workspaceId: string; name: string; createdByUserId?: string; status?: ApiKey["status"]; expiresAt?: string;
  }): Promise<ApiKey> {
    return this.call("POST", "api_keys", {
      workspace_id: input.workspaceId, name: input.name, created_by_user_id: input.createdByUserId,
      status: input.status, expires_at: input.expiresAt,
    });
  }
  seedInvite(input: { email: string; role?: OrganizationRole }): Promise<Invite> {
    return this.call("POST", "invites", input);
  }
  /** The invitee signs up: creates the user and marks the invite accepted. */
  acceptInvite(inviteId: string): Promise<{ invite: Invite; user: User }> {
    return this.call("POST", `invites/${encodeURIComponent(inviteId)}/accept`);
  }
  expireInvite(inviteId: string): Promise<Invite> {
    return this.call("POST", `invites/${encodeURIComponent(inviteId)}/expire`);
  }
  /** Out-of-band edit with raw wire fields, e.g. `patch("wrkspc_...", { name: "x" })`. */
  patch<T = Record<string, unknown>>(objectId: string, fields: Record<string, unknown>): Promise<T> {
    return this.call("POST", `objects/${encodeURIComponent(objectId)}`, fields);
  }
  /** Out-of-band deletion; afterwards the API answers 404 for the object. */
  async remove(objectId: string): Promise<void> {
    await this.call("DELETE", `objects/${encodeURIComponent(objectId)}`);
  }
  seedUsage(input: SeedUsageInput = {}): Promise<UsageState> {
    return this.call("POST", "usage", {
      seed: input.seed, models: input.models, workspace_ids: input.workspaceIds, from: input.from,
      records: input.records?.map((r) => ({
        starting_at: r.startingAt, workspace_id: r.workspaceId, model: r.model, api_key_id: r.apiKeyId,
        uncached_input_tokens: r.uncachedInputTokens, output_tokens: r.outputTokens,
        cache_read_input_tokens: r.cacheReadInputTokens, cache_creation_5m: r.cacheCreation5m,
        cache_creation_1h: r.cacheCreation1h, requests: r.requests, web_search_requests: r.webSearchRequests,
        product: r.product, service_tier: r.serviceTier, inference_geo: r.inferenceGeo,
      })),
    });
  }
  /** Members signed out through `POST /v1/organizations/users/{id}/sign_out`, oldest first. */
  async signOuts(): Promise<Array<{ user_id: string; email: string; signed_out_at: string }>> {
    return (await this.call<{ data: Array<{ user_id: string; email: string; signed_out_at: string }> }>("GET", "sign_outs")).data;
  }
  requests(): Promise<RequestReport> { return this.call("GET", "requests"); }
  async resetRequests(): Promise<void> { await this.call("DELETE", "requests"); }
  async fault(fault: FaultInput): Promise<void> { await this.call("POST", "faults", fault); }
  async clearFaults(): Promise<void> { await this.call("DELETE", "faults"); }
  /** Requests per minute across all API routes; `null` removes the limit. */
  async setRateLimit(requestsPerMinute: number | null): Promise<void> {
    await this.call("POST", "rate_limit", { requests_per_minute: requestsPerMinute });
  }

  /**
   * A federation rule created "in the Console": the only way to a rule whose `oauth_scope` goes beyond
   * `workspace:developer`/`workspace:inference` (e.g. `org:admin`). `body` is the API's rule create body.
   */
  createConsoleFederationRule(body: Record<string, unknown>): Promise<Record<string, unknown> & { id: string }> {
    return this.call("POST", "federation_rules", body);
  }
  /** A federation rule archived "in the Console", whatever its scope (OAuth callers may archive only workspace-scoped ones). */
  archiveConsoleFederationRule(id: string): Promise<Record<string, unknown> & { id: string; archived_at: string }> {
    return this.call("POST", `federation_rules/${encodeURIComponent(id)}/archive`);
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}/_emulator/${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = (await response.json()) as T & { error?: { message?: string } };
    if (!response.ok) {
      throw new Error(`emulator control ${method} ${path} failed (${response.status}): ${payload.error?.message ?? "unknown"}`);
    }
    return payload;
  }
}
