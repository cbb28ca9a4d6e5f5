/** Workload identity federation as data: the trusted issuers and the rules that exchange their tokens. */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

/** Arguments of `getFederationIssuers`; all optional. */
export interface GetFederationIssuersArgs {
  /** Also list archived issuers. Default false. */
  includeArchived?: boolean;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getFederationIssuersOutput`: those of `getFederationIssuers`, each may be an Input. */
export interface GetFederationIssuersOutputArgs {
  includeArchived?: pulumi.Input<boolean>;
  organization?: pulumi.Input<string>;
}

/** Where the API gets an issuer's signing keys, camelCased from the wire. */
export type FederationJwksInfo =
  | { type: "discovery"; discoveryBase?: string; caCertPem?: string }
  | { type: "explicit_url"; url: string; caCertPem?: string }
  | { type: "inline"; keys: Record<string, unknown>[] };

export interface FederationIssuerInfo {
  /** `fdis_...` */
  id: string;
  name: string;
  issuerUrl: string;
  jwks: FederationJwksInfo;
  checkJti: boolean;
  maxJwtLifetimeSeconds: number;
  /** When Anthropic paused polling the issuer's keys after repeated failures; null while it polls. */
  jwksPollingDisabledAt: string | null;
  /** Consecutive failed key fetches; 0 when unknown (inline keys are never fetched). */
  consecutivePollFailures: number;
  createdAt: string;
  /** Null while the issuer is live. */
  archivedAt: string | null;
}

export interface GetFederationIssuersResult {
  issuers: FederationIssuerInfo[];
}

/** Arguments of `getFederationRules`; all optional. */
export interface GetFederationRulesArgs {
  /** Only the rules of this issuer (`fdis_...`). */
  issuerId?: string;
  /** Also list archived rules. Default false. */
  includeArchived?: boolean;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getFederationRulesOutput`: those of `getFederationRules`, each may be an Input. */
export interface GetFederationRulesOutputArgs {
  issuerId?: pulumi.Input<string>;
  includeArchived?: pulumi.Input<boolean>;
  organization?: pulumi.Input<string>;
}

export interface FederationRuleInfo {
  /** `fdrl_...`: what a workload's federation set-up names. */
  id: string;
  name: string;
  /** An empty string when the rule has none. */
  description: string;
  issuerId: string;
  /** The issuer's name at read time; empty when unknown. */
  issuerName: string;
  match: { audience?: string; subjectPrefix?: string; claims?: Record<string, string>; condition?: string };
  /** Space-separated scopes of the minted tokens. */
  oauthScope: string;
  serviceAccountId: string;
  /** The target's name at read time; empty when unknown. */
  serviceAccountName: string;
  /** The workspaces the rule mints into (the legacy single binding of an older rule included). */
  workspaceIds: string[];
  appliesToAllWorkspaces: boolean;
  tokenLifetimeSeconds: number;
  createdAt: string;
  /** Null while the rule is live. */
  archivedAt: string | null;
}

export interface GetFederationRulesResult {
  rules: FederationRuleInfo[];
}

/** Every federation issuer, following all pages (OAuth token only, like every federation endpoint). */
export async function getFederationIssuers(args?: GetFederationIssuersArgs, opts?: pulumi.InvokeOptions): Promise<GetFederationIssuersResult> {
  return (await import("./calls/federation.js")).getFederationIssuers(args, opts);
}

export function getFederationIssuersOutput(
  args?: GetFederationIssuersOutputArgs, opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetFederationIssuersResult> {
  return outputOf(getFederationIssuers, args, opts);
}

/** Every federation rule (or those of one issuer), following all pages (OAuth token only). */
export async function getFederationRules(args?: GetFederationRulesArgs, opts?: pulumi.InvokeOptions): Promise<GetFederationRulesResult> {
  return (await import("./calls/federation.js")).getFederationRules(args, opts);
}

export function getFederationRulesOutput(
  args?: GetFederationRulesOutputArgs, opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetFederationRulesResult> {
  return outputOf(getFederationRules, args, opts);
}
