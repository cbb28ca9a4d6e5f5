import type * as pulumi from "@pulumi/pulumi";
import { isDeepStrictEqual } from "node:util";
import type { RuleCreateBody, RuleUpdateBody, WireFederationRule, WireRuleMatch } from "../../client/federation-schemas";
import { withoutInternal } from "../declared";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import { ownerOf, withOwnerLine, withoutOwnerLine } from "../owner";
import { scopeSet } from "./scope";
import type { FederationRuleInputs, FederationRuleOutputs, MatchInput } from "./schema";

/** Pure planning for FederationRule: what changed, the requests, the outputs. No I/O here. */

const sorted = (ids: readonly string[] | undefined) => (ids ? [...ids].sort() : ids);
const scopes = (scope: string | undefined) => (scope === undefined ? scope : scopeSet(scope).join(" "));

export const diffSpec: DiffSpec = diffSpecOf(inputChanges, {
  keepWhenUnset: ["description", "workspaceIds", "appliesToAllWorkspaces", "tokenLifetimeSeconds"],
  // Names are unique among live rules and a replacement usually keeps its name: the old rule goes first.
  deleteBeforeReplace: true,
});

/** Scopes and workspaces are sets: only a different set is a change. The issuer is fixed once created. */
export function diffFederationRule(olds: Partial<FederationRuleOutputs>, news: FederationRuleInputs): pulumi.dynamic.DiffResult {
  const canonical = (r: Partial<FederationRuleInputs>) => ({ ...r, oauthScope: scopes(r.oauthScope), workspaceIds: sorted(r.workspaceIds) });
  return diffInputs(canonical(olds), canonical(news), diffSpec);
}

export function toWireMatch(match: MatchInput): WireRuleMatch {
  return {
    ...(match.audience !== undefined ? { audience: match.audience } : {}),
    ...(match.subjectPrefix !== undefined ? { subject_prefix: match.subjectPrefix } : {}),
    ...(match.claims !== undefined && Object.keys(match.claims).length > 0 ? { claims: match.claims } : {}),
    ...(match.condition !== undefined ? { condition: match.condition } : {}),
  };
}

export function fromWireMatch(match: WireRuleMatch): MatchInput {
  return {
    ...(match.audience ? { audience: match.audience } : {}),
    ...(match.subject_prefix ? { subjectPrefix: match.subject_prefix } : {}),
    ...(match.claims && Object.keys(match.claims).length > 0 ? { claims: match.claims } : {}),
    ...(match.condition ? { condition: match.condition } : {}),
  };
}

/** The workspaces a live rule mints into: its enablements, or the legacy single binding of an older rule. */
export function liveWorkspaceIds(live: WireFederationRule): string[] {
  if (live.workspace_ids.length > 0) return [...live.workspace_ids];
  return live.workspace_id ? [live.workspace_id] : [];
}

/**
 * The create call enables the first workspace; the others are enabled one by one after it. The
 * description carries the owner line that lets a repeated create find its leftover.
 */
export function createBody(inputs: FederationRuleInputs): RuleCreateBody {
  const [first] = inputs.workspaceIds ?? [];
  const description = withOwnerLine(inputs.description, ownerOf(inputs));
  return {
    name: inputs.name,
    issuer_id: inputs.issuerId,
    match: toWireMatch(inputs.match),
    oauth_scope: inputs.oauthScope,
    target: { type: "service_account", service_account_id: inputs.serviceAccountId },
    ...(first !== undefined ? { workspace_id: first } : {}),
    ...(inputs.appliesToAllWorkspaces !== undefined ? { applies_to_all_workspaces: inputs.appliesToAllWorkspaces } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(inputs.tokenLifetimeSeconds !== undefined ? { token_lifetime_seconds: inputs.tokenLifetimeSeconds } : {}),
  };
}

/**
 * The rule's own fields that differ from `current`, as an update body, or undefined. The match goes
 * with every update: on a shared issuer the API re-checks tenant pinning on any update and wants a
 * conforming match in the same request.
 */
export function updateBody(current: Partial<FederationRuleOutputs>, inputs: FederationRuleInputs): RuleUpdateBody | undefined {
  const body: RuleUpdateBody = {};
  if (inputs.name !== current.name) body.name = inputs.name;
  if (inputs.description !== undefined && inputs.description !== current.description) {
    body.description = withOwnerLine(inputs.description, ownerOf(inputs));
  }
  if (inputs.serviceAccountId !== current.serviceAccountId) body.target = { type: "service_account", service_account_id: inputs.serviceAccountId };
  if (scopes(inputs.oauthScope) !== scopes(current.oauthScope)) body.oauth_scope = inputs.oauthScope;
  if (inputs.tokenLifetimeSeconds !== undefined && inputs.tokenLifetimeSeconds !== current.tokenLifetimeSeconds) {
    body.token_lifetime_seconds = inputs.tokenLifetimeSeconds;
  }
  if (inputs.appliesToAllWorkspaces !== undefined && inputs.appliesToAllWorkspaces !== current.appliesToAllWorkspaces) {
    body.applies_to_all_workspaces = inputs.appliesToAllWorkspaces;
  }
  const matchChanged = !isDeepStrictEqual(toWireMatch(inputs.match), current.match ? toWireMatch(current.match) : undefined);
  if (!matchChanged && Object.keys(body).length === 0) return undefined;
  return { ...body, match: toWireMatch(inputs.match) };
}

/** Workspaces to enable and to disable, when the program lists them (unset leaves the live ones alone). */
export function workspaceChanges(current: readonly string[], inputs: FederationRuleInputs): { add: string[]; remove: string[] } {
  if (inputs.workspaceIds === undefined) return { add: [], remove: [] };
  return {
    add: inputs.workspaceIds.filter((id) => !current.includes(id)),
    remove: current.filter((id) => !inputs.workspaceIds!.includes(id)),
  };
}

/** What state records: the declared inputs with live values (sets as written when the same), and what users read. */
export function outputsFromWire(inputs: Partial<FederationRuleInputs>, live: WireFederationRule, workspaceIds = liveWorkspaceIds(live)): FederationRuleOutputs {
  const match = fromWireMatch(live.match);
  const sameSet = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && isDeepStrictEqual(sorted(a), sorted(b));
  return {
    ...withoutInternal(inputs as FederationRuleInputs),
    name: live.name,
    description: withoutOwnerLine(live.description),
    issuerId: live.issuer_id,
    match: inputs.match !== undefined && isDeepStrictEqual(toWireMatch(inputs.match), toWireMatch(match)) ? inputs.match : match,
    oauthScope: inputs.oauthScope !== undefined && scopes(inputs.oauthScope) === scopes(live.oauth_scope) ? inputs.oauthScope : live.oauth_scope,
    serviceAccountId: live.target.service_account_id,
    workspaceIds: sameSet(inputs.workspaceIds, workspaceIds) ? inputs.workspaceIds! : workspaceIds,
    appliesToAllWorkspaces: live.applies_to_all_workspaces,
    tokenLifetimeSeconds: live.token_lifetime_seconds,
  };
}
