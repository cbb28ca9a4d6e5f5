import { newApiKeySecret, newId, newOrganizationId, keyHint } from "./ids";
import { notFound } from "./errors";
import type { OrganizationType } from "./organization-kind";
import { organizationRateLimits, type OrganizationRateLimit } from "./rate-limit-catalog";
import type { StoreSnapshot } from "./snapshot";
import { emptyUsage, type UsageState } from "./usage";
import { GovernanceState } from "./governance";
import { FederationState } from "./federation-state";
import { IntegrationsState } from "./integrations";
import type {
  ApiKey, CreatedApiKey, DataResidency, Invite, Organization, OrganizationRole, SpendLimit, User, Workspace,
  WorkspaceMember,
} from "./wire";

export interface StoreSeed {
  organization?: { id?: string; name?: string };
  /** The user the admin key belongs to; the real API never has an organization without one. */
  adminUser?: { email?: string; name?: string };
}

const COLORS = ["#6C5BB9", "#D97757", "#4A9D5B", "#3B82C4", "#C2417A", "#8A6D3B", "#2E8A8A", "#7F7F7F"];
const INVITE_LIFETIME_MS = 21 * 24 * 3600 * 1000;

export const now = () => new Date().toISOString();
export const memberKey = (workspaceId: string, userId: string) => `${workspaceId}/${userId}`;

/** All emulator state. Handlers validate first and mutate last, so a rejected request changes nothing. */
export class Store {
  organization!: Organization;
  adminUserId!: string;
  defaultWorkspaceId!: string;
  users = new Map<string, User>();
  invites = new Map<string, Invite>();
  workspaces = new Map<string, Workspace>();
  /** Keyed `wrkspc_.../user_...`. */
  members = new Map<string, WorkspaceMember>();
  apiKeys = new Map<string, ApiKey>();
  spendLimits = new Map<string, SpendLimit>();
  rateLimits: OrganizationRateLimit[] = [];
  /** Workspace overrides, keyed `wrkspc_.../rate_limit_id`, each a map of limiter type to value. */
  rateLimitOverrides = new Map<string, Map<string, number>>();
  usage: UsageState = emptyUsage();
  /** External keys, compliance settings, RBAC groups and roles (see ./governance.ts). */
  governance = new GovernanceState();
  /** Service accounts, federation issuers and rules, minted OAuth tokens (see ./federation-state.ts). */
  federation = new FederationState();
  /** Webhook endpoints and telemetry destinations (see ./integrations.ts). */
  integrations = new IntegrationsState();
  /** Every `POST /users/{id}/sign_out` that succeeded, oldest first (`GET /_emulator/sign_outs`). */
  signOuts: Array<{ user_id: string; email: string; signed_out_at: string }> = [];

  /**
   * Console or Enterprise (see ./organization-kind.ts): the kind given at start, until `restore()` brings
   * a snapshot of an organization of the other kind; `reset()` returns to the kind given at start.
   */
  organizationType: OrganizationType;

  constructor(
    private readonly seed: StoreSeed = {},
    private readonly startType: OrganizationType = "console",
  ) {
    this.organizationType = startType;
    this.reset();
  }

  reset(): void {
    this.organizationType = this.startType;
    for (const map of [this.users, this.invites, this.workspaces, this.members, this.apiKeys, this.spendLimits]) {
      map.clear();
    }
    this.rateLimitOverrides.clear();
    this.usage = emptyUsage();
    this.signOuts = [];
    this.organization = {
      id: this.seed.organization?.id ?? newOrganizationId(),
      name: this.seed.organization?.name ?? "Emulated Organization",
      type: "organization",
    };
    const admin = this.addUser({
      email: this.seed.adminUser?.email ?? "admin@example.com",
      name: this.seed.adminUser?.name ?? "Organization Admin",
      // An Enterprise organization has no `admin` role; the person behind its admin key is its primary owner.
      role: this.organizationType === "enterprise" ? "primary_owner" : "admin",
    });
    this.adminUserId = admin.id;
    this.defaultWorkspaceId = this.addWorkspace({ name: "Default" }).id;
    this.rateLimits = organizationRateLimits();
    this.governance.reset(this.organization.id);
    this.federation.reset();
    this.integrations.reset();
    const created = now();
    // Console: Anthropic's cap from the usage tier. Enterprise: the organization default set in claude.ai.
    const seeded: SpendLimit = {
      id: newId("spl"), type: "spend_limit", amount: this.organizationType === "enterprise" ? "50000" : "500000",
      currency: "USD", is_enabled: true, period: "monthly",
      scope: { type: this.organizationType === "enterprise" ? "organization" : "usage_tier" },
      created_at: created, updated_at: created,
    };
    this.spendLimits.set(seeded.id, seeded);
  }

  /** Time-driven transitions: invites and keys past their expiry read as expired. */
  sweep(at = Date.now()): void {
    for (const invite of this.invites.values()) {
      if (invite.status === "pending" && Date.parse(invite.expires_at) <= at) invite.status = "expired";
    }
    for (const key of this.apiKeys.values()) {
      const live = key.status === "active" || key.status === "inactive";
      if (live && key.expires_at && Date.parse(key.expires_at) <= at) key.status = "expired";
    }
  }

  user = (id: string) => found(this.users, id, "User");
  invite = (id: string) => found(this.invites, id, "Invite");
  workspace = (id: string) => found(this.workspaces, id, "Workspace");
  apiKey = (id: string) => found(this.apiKeys, id, "API key");
  spendLimit = (id: string) => found(this.spendLimits, id, "Spend limit");
  member = (workspaceId: string, userId: string) =>
    found(this.members, memberKey(workspaceId, userId), "Workspace member", userId);
  userByEmail(email: string): User | undefined {
    const wanted = email.trim().toLowerCase();
    for (const user of this.users.values()) if (user.email.toLowerCase() === wanted) return user;
    return undefined;
  }

  addUser(input: { email: string; name?: string; role?: OrganizationRole }): User {
    const user: User = {
      id: newId("user"), type: "user", email: input.email,
      name: input.name ?? input.email.split("@")[0], role: input.role ?? "user", added_at: now(),
    };
    this.users.set(user.id, user);
    return user;
  }

  addInvite(input: { email: string; role: OrganizationRole }): Invite {
    const invitedAt = Date.now();
    const invite: Invite = {
      id: newId("invite"), type: "invite", email: input.email, role: input.role, status: "pending",
      invited_at: new Date(invitedAt).toISOString(),
      expires_at: new Date(invitedAt + INVITE_LIFETIME_MS).toISOString(),
      accepted_at: null, rbac_group_ids: [],
    };
    this.invites.set(invite.id, invite);
    return invite;
  }

  addWorkspace(input: {
    name: string; display_color?: string | null; tags?: Record<string, string> | null;
    data_residency?: DataResidency; external_key_id?: string | null; user_profile_id?: string | null;
  }): Workspace {
    const workspace: Workspace = {
      id: newId("wrkspc"), type: "workspace", name: input.name,
      display_color: input.display_color ?? COLORS[this.workspaces.size % COLORS.length],
      created_at: now(), archived_at: null, compartment_id: newId("cmpt"),
      data_residency: input.data_residency ?? {
        workspace_geo: "us", allowed_inference_geos: "unrestricted", default_inference_geo: "global",
      },
      external_key_id: input.external_key_id ?? null, tags: input.tags ?? {},
      user_profile_id: input.user_profile_id ?? null,
    };
    this.workspaces.set(workspace.id, workspace);
    return workspace;
  }

  /** Mints a key; the secret goes back to the caller once and only its hint is kept. */
  addApiKey(input: {
    workspaceId: string; name: string; createdByUserId: string | null; expiresAt?: string | null;
    status?: ApiKey["status"];
  }): CreatedApiKey {
    const secret = newApiKeySecret();
    const apiKey: ApiKey = {
      id: newId("apikey"), type: "api_key", name: input.name, status: input.status ?? "active",
      created_at: now(), expires_at: input.expiresAt ?? null,
      created_by: input.createdByUserId ? { id: input.createdByUserId, type: "user" } : null,
      partial_key_hint: keyHint(secret), principal: null,
      scope: { type: "workspace", workspace_id: input.workspaceId },
    };
    this.apiKeys.set(apiKey.id, apiKey);
    return { ...apiKey, key: secret };
  }

  removeUser(id: string): void {
    this.users.delete(id);
    for (const [key, member] of this.members) if (member.user_id === id) this.members.delete(key);
  }

  /** A deep copy of every object, for assertions (`GET /_emulator/state`) and for `restore()`. */
  snapshot(): StoreSnapshot {
    return structuredClone({
      organization: this.organization,
      adminUserId: this.adminUserId,
      defaultWorkspaceId: this.defaultWorkspaceId,
      users: [...this.users.values()],
      invites: [...this.invites.values()],
      workspaces: [...this.workspaces.values()],
      members: [...this.members.values()],
      apiKeys: [...this.apiKeys.values()],
      spendLimits: [...this.spendLimits.values()],
      rateLimits: this.rateLimits,
      rateLimitOverrides: [...this.rateLimitOverrides].map(([key, limits]) => ({
        key, limits: Object.fromEntries(limits),
      })),
      usage: this.usage,
      federation: this.federation.snapshot(),
      organizationType: this.organizationType,
      governance: this.governance.snapshot(),
      integrations: this.integrations.snapshot(),
      signOuts: this.signOuts,
    });
  }

  /**
   * Replaces every object with those of a snapshot (validated by the caller, see ./snapshot.ts), ids
   * included. `reset()` still returns to the seeded organization, not to the snapshot. The snapshot's
   * organization type wins over the one given at start: the objects (an Enterprise primary owner, an
   * organization-scoped spend limit, RBAC groups) belong to that kind, and served under the other they
   * would make an organization that cannot exist. A snapshot without one (older files) takes the start kind.
   */
  restore(snapshot: StoreSnapshot): void {
    const copy = structuredClone(snapshot);
    this.organizationType = copy.organizationType ?? this.startType;
    this.organization = copy.organization;
    this.adminUserId = copy.adminUserId;
    this.defaultWorkspaceId = copy.defaultWorkspaceId;
    const refill = <T>(map: Map<string, T>, objects: T[], key: (object: T) => string) => {
      map.clear();
      for (const object of objects) map.set(key(object), object);
    };
    refill(this.users, copy.users, (u) => u.id);
    refill(this.invites, copy.invites, (i) => i.id);
    refill(this.workspaces, copy.workspaces, (w) => w.id);
    refill(this.members, copy.members, (m) => memberKey(m.workspace_id, m.user_id));
    refill(this.apiKeys, copy.apiKeys, (k) => k.id);
    refill(this.spendLimits, copy.spendLimits, (l) => l.id);
    this.rateLimits = copy.rateLimits;
    this.rateLimitOverrides.clear();
    for (const { key, limits } of copy.rateLimitOverrides) this.rateLimitOverrides.set(key, new Map(Object.entries(limits)));
    this.usage = copy.usage;
    this.federation.restore(copy.federation);
    this.governance.restore(copy.governance, copy.organization.id);
    this.integrations.restore(copy.integrations);
    this.signOuts = copy.signOuts ?? [];
  }
}

function found<T>(map: Map<string, T>, key: string, what: string, shownId = key): T {
  const value = map.get(key);
  if (value === undefined) throw notFound(what, shownId);
  return value;
}
