import { createHash } from "node:crypto";
import { z } from "zod";
import { notFound } from "./errors";
import {
  federationIssuerSchema, serviceAccountMemberSchema, serviceAccountSchema, storedRuleSchema, storedRuleWorkspaceSchema,
  type FederationIssuer, type ServiceAccount, type ServiceAccountMember, type StoredRule, type StoredRuleWorkspace,
} from "./federation-wire";

/** An access token the emulator minted. Only its SHA-256 is kept, as a server keeps password hashes. */
export interface AccessTokenGrant {
  scopes: string[];
  /** Epoch milliseconds. */
  expiresAt: number;
  /** `svac_...` for a federation token. */
  actorId: string;
  workspaceId: string;
}

export const federationSnapshotSchema = z.strictObject({
  serviceAccounts: z.array(serviceAccountSchema),
  /** Explicit memberships only: the implicit default-workspace one is derived. */
  serviceAccountMembers: z.array(serviceAccountMemberSchema),
  issuers: z.array(federationIssuerSchema),
  rules: z.array(storedRuleSchema),
  ruleWorkspaces: z.array(storedRuleWorkspaceSchema),
});
export type FederationSnapshot = z.infer<typeof federationSnapshotSchema>;

export const saMemberKey = (workspaceId: string, serviceAccountId: string) => `${workspaceId}/${serviceAccountId}`;
export const ruleWorkspaceKey = (ruleId: string, workspaceId: string) => `${ruleId}/${workspaceId}`;

/**
 * Service accounts, issuers, rules and what the token endpoint remembers. The Store holds one
 * (`store.federation`) and resets it with the organization. Minted tokens and used `jti`s are not part of
 * a snapshot: they are credentials and replay records, and a restarted server asks for a new exchange.
 */
export class FederationState {
  serviceAccounts = new Map<string, ServiceAccount>();
  /** Keyed `wrkspc_.../svac_...`. */
  serviceAccountMembers = new Map<string, ServiceAccountMember>();
  issuers = new Map<string, FederationIssuer>();
  rules = new Map<string, StoredRule>();
  /** Keyed `fdrl_.../wrkspc_...`. */
  ruleWorkspaces = new Map<string, StoredRuleWorkspace>();
  /** `fdis_...:jti` -> epoch ms after which the assertion has expired anyway and the record can go. */
  usedJtis = new Map<string, number>();
  private readonly tokens = new Map<string, AccessTokenGrant>();

  reset(): void {
    for (const map of [this.serviceAccounts, this.serviceAccountMembers, this.issuers, this.rules, this.ruleWorkspaces]) map.clear();
    this.usedJtis.clear();
    this.tokens.clear();
  }

  serviceAccount = (id: string) => found(this.serviceAccounts, id, "Service account");
  issuer = (id: string) => found(this.issuers, id, "Federation issuer");
  rule = (id: string) => found(this.rules, id, "Federation rule");

  saveToken(token: string, grant: AccessTokenGrant): void {
    const at = Date.now();
    for (const [hash, old] of this.tokens) if (old.expiresAt <= at) this.tokens.delete(hash);
    this.tokens.set(digest(token), grant);
  }

  tokenGrant(token: string): AccessTokenGrant | undefined {
    return this.tokens.get(digest(token));
  }

  /** Forgets `jti`s whose assertions have expired: they could not be replayed anyway. */
  sweepJtis(at = Date.now()): void {
    for (const [key, until] of this.usedJtis) if (until <= at) this.usedJtis.delete(key);
  }

  snapshot(): FederationSnapshot {
    return structuredClone({
      serviceAccounts: [...this.serviceAccounts.values()],
      serviceAccountMembers: [...this.serviceAccountMembers.values()],
      issuers: [...this.issuers.values()],
      rules: [...this.rules.values()],
      ruleWorkspaces: [...this.ruleWorkspaces.values()],
    });
  }

  restore(snapshot: FederationSnapshot | undefined): void {
    this.reset();
    if (!snapshot) return;
    const copy = structuredClone(snapshot);
    for (const a of copy.serviceAccounts) this.serviceAccounts.set(a.id, a);
    for (const m of copy.serviceAccountMembers) this.serviceAccountMembers.set(saMemberKey(m.workspace_id, m.service_account_id), m);
    for (const i of copy.issuers) this.issuers.set(i.id, i);
    for (const r of copy.rules) this.rules.set(r.id, r);
    for (const w of copy.ruleWorkspaces) this.ruleWorkspaces.set(ruleWorkspaceKey(w.federation_rule_id, w.workspace_id), w);
  }
}

function digest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function found<T>(map: Map<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw notFound(what, id);
  return value;
}
