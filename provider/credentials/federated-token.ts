/**
 * Access tokens from workload identity federation, one per process and organization (and federation
 * setting), kept in memory only: never in state, a file or a log. The dynamic-provider host runs the
 * operations of many resources at once, so concurrent callers share one exchange; an exchange may consume
 * the identity token's `jti`, so a second one with the same token could only fail (a `tokenCommand` gives
 * each exchange a fresh token; a file or variable holds the same one until the CI system replaces it).
 *
 * Refresh follows the official SDK's TokenCache: more than 120 s left, use it; 30-120 s left, try to
 * exchange again and keep using the old token if that fails (not retried for 5 s); under 30 s, exchange
 * or fail. After a 401 the token is dropped and exchanged again once (request.ts).
 */
import type { AuditRecord } from "../base/audit";
import { exchangeFederationToken, type FederationAccessToken } from "../client/federation-token";
import type { Timeouts } from "../client/transport";
import type { FederationSetting } from "./federation-setting";
import { identityToken } from "./identity-token";

export const ADVISORY_REFRESH_MS = 120_000;
export const MANDATORY_REFRESH_MS = 30_000;
const ADVISORY_BACKOFF_MS = 5_000;

export interface ExchangeContext {
  baseUrl: string;
  /** The setting's name for messages, e.g. `anthropic:federation`. */
  settingName: string;
  timeouts?: Partial<Timeouts>;
  /** The audit sink of the client whose request needed the exchange. */
  audit: (record: AuditRecord) => void;
}

interface Entry {
  token?: FederationAccessToken;
  pending?: Promise<FederationAccessToken>;
  advisoryFailedAt?: number;
}

const entries = new Map<string, Entry>();

/** The cache key: the organization (its name, "" for the top-level one), the endpoint and every field of the setting. */
export function federationKey(organization: string | undefined, baseUrl: string, setting: FederationSetting): string {
  return JSON.stringify([organization ?? "", baseUrl, setting.ruleId, setting.organizationId, setting.serviceAccountId ?? "",
    setting.workspaceId ?? "", setting.tokenFile ?? "", setting.tokenEnv ?? "", setting.tokenCommand ?? "",
    setting.tokenSource ?? "", setting.tokenAudience ?? ""]);
}

function exchange(entry: Entry, setting: FederationSetting, ctx: ExchangeContext): Promise<FederationAccessToken> {
  entry.pending ??= (async () => {
    try {
      const token = await exchangeFederationToken({
        baseUrl: ctx.baseUrl, federationRuleId: setting.ruleId, organizationId: setting.organizationId,
        serviceAccountId: setting.serviceAccountId, workspaceId: setting.workspaceId,
        identityToken: await identityToken(setting, ctx.settingName), timeouts: ctx.timeouts, audit: ctx.audit,
      });
      entry.token = token;
      entry.advisoryFailedAt = undefined;
      return token;
    } finally {
      entry.pending = undefined;
    }
  })();
  return entry.pending;
}

/** A usable access token for `key`, exchanging the identity token when there is none or it is about to expire. */
export async function federatedAccessToken(key: string, setting: FederationSetting, ctx: ExchangeContext, now = Date.now()): Promise<string> {
  let entry = entries.get(key);
  if (!entry) entries.set(key, (entry = {}));
  const cached = entry.token;
  if (cached) {
    const left = cached.expiresAt - now;
    if (left > ADVISORY_REFRESH_MS) return cached.accessToken;
    if (left > MANDATORY_REFRESH_MS) {
      if (entry.advisoryFailedAt !== undefined && now - entry.advisoryFailedAt < ADVISORY_BACKOFF_MS) return cached.accessToken;
      try {
        return (await exchange(entry, setting, ctx)).accessToken;
      } catch {
        // Still valid for a while: the next call tries again, after the back-off.
        entry.advisoryFailedAt = now;
        return cached.accessToken;
      }
    }
  }
  return (await exchange(entry, setting, ctx)).accessToken;
}

/**
 * After the API refused `rejected` (401): forget it, unless another caller already replaced it, and
 * return a freshly exchanged one (or the replacement).
 */
export async function renewFederatedAccessToken(key: string, rejected: string, setting: FederationSetting, ctx: ExchangeContext): Promise<string> {
  const entry = entries.get(key);
  if (entry?.token?.accessToken === rejected) entry.token = undefined;
  return federatedAccessToken(key, setting, ctx);
}

/** Every access token this process holds, to mask wherever one could appear. */
export function federatedAccessTokens(): string[] {
  return [...entries.values()].flatMap((entry) => (entry.token ? [entry.token.accessToken] : []));
}

/** For tests: a new process. */
export function forgetFederatedAccessTokens(): void {
  entries.clear();
}
