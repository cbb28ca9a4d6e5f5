import { z } from "zod";
import { workspaceId } from "../fields";
import { federationIssuerId, serviceAccountId, slugName } from "../federation-fields";
import { scopeProblem } from "./scope";
import { pinsTenant, tenantPinningMessage } from "./shared-issuers";

const text = (what: string) => z.string({ error: `must be ${what}` });

/** Which identity tokens qualify; every field set must pass. The SDK's `BetaFederationRuleMatch`, camelCased. */
export const matchInput = z
  .strictObject({
    /** Exact match against `aud`; unset: the audience Anthropic expects for the issuer. */
    audience: text("a string").min(1, { error: "must not be empty" }).optional(),
    /** Exact match on `sub`, or a prefix match when it ends with `*`. */
    subjectPrefix: text("a string").min(1, { error: "must not be empty" }).optional(),
    /** Exact `{claim: value}` pairs on top-level string claims. */
    claims: z.record(z.string(), text("a string (only string claims can be matched; use condition for others)")).optional(),
    /** A CEL expression over `claims`. */
    condition: text("a CEL expression").min(1, { error: "must not be empty" }).optional(),
  }, { error: "must be an object like { subjectPrefix: \"repo:my-org/my-repo:*\" }" })
  .superRefine((match, ctx) => {
    const hasSubject = match.subjectPrefix !== undefined && !/^\**$/.test(match.subjectPrefix);
    const hasClaims = Object.keys(match.claims ?? {}).length > 0;
    if (!hasSubject && !hasClaims && match.condition === undefined) {
      ctx.addIssue({
        code: "custom",
        message: "At least one of `subjectPrefix` (other than a wildcard-only value like `*`), `claims`, or `condition` is required; `audience` alone is not sufficient",
      });
    }
    if (match.condition !== undefined && /^\s*(true|!\s*false|1\s*==\s*1)\s*$/.test(match.condition)) {
      ctx.addIssue({ code: "custom", path: ["condition"], message: "a constant-true expression (such as `true`) is rejected" });
    }
  });

export const federationRuleInputs = z
  .strictObject({
    /** A slug, unique among live rules; defaults to the logical name. */
    name: slugName("github-deploy"),
    description: text("a string").optional(),
    /** Fixed once created: the API cannot move a rule to another issuer. */
    issuerId: federationIssuerId,
    /** The issuer's URL (e.g. a FederationIssuer's `issuerUrl`): not sent; lets the preview check tenant pinning. */
    issuerUrl: text("the issuer's URL").optional(),
    match: matchInput,
    /** Space-separated scopes of the minted tokens; only the workspace scopes (see scope.ts). */
    oauthScope: text('a scope like "workspace:developer"').check((ctx) => {
      const problem = scopeProblem(ctx.value);
      if (problem) ctx.issues.push({ code: "custom", input: ctx.value, message: problem });
    }),
    /** The service account minted tokens act as. */
    serviceAccountId,
    /** Where the rule mints tokens: a set of workspaces, the first enabled by the create call itself. */
    workspaceIds: z
      .array(workspaceId, { error: "must be a list of workspace ids" })
      .refine((ids) => new Set(ids).size === ids.length, { error: "must not list a workspace twice" })
      .optional(),
    appliesToAllWorkspaces: z.boolean({ error: "must be true or false" }).optional(),
    tokenLifetimeSeconds: z
      .number({ error: "must be a whole number of seconds" })
      .int({ error: "must be a whole number of seconds" })
      .min(60, { error: "must be between 60 and 86400 seconds" })
      .max(86_400, { error: "must be between 60 and 86400 seconds" })
      .optional(),
  })
  .superRefine((inputs, ctx) => {
    if (!inputs.appliesToAllWorkspaces && (inputs.workspaceIds ?? []).length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["workspaceIds"],
        message: "must list at least one workspace the rule mints tokens into, unless appliesToAllWorkspaces is true",
      });
    }
    if (inputs.issuerUrl !== undefined && !pinsTenant(inputs.issuerUrl, inputs.match)) {
      ctx.addIssue({ code: "custom", path: ["match"], message: tenantPinningMessage(inputs.issuerUrl) });
    }
  });

export type MatchInput = z.output<typeof matchInput>;
export type FederationRuleInputs = z.output<typeof federationRuleInputs>;

export interface FederationRuleOutputs extends FederationRuleInputs {
  /** Live, whether declared or not. */
  description: string;
  workspaceIds: string[];
  appliesToAllWorkspaces: boolean;
  tokenLifetimeSeconds: number;
}
