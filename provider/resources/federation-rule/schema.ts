import { z } from "zod";
import { declareKind, input, named, output } from "../declare";
import { workspaceId } from "../fields";
import { federationIssuerId, serviceAccountId, slugName } from "../federation-fields";
import { scopeProblem } from "./scope";
import { pinsTenant, tenantPinningMessage } from "./shared-issuers";

const text = (what: string) => z.string({ error: `must be ${what}` });

/** Which identity tokens qualify; every field set must pass. The SDK's `BetaFederationRuleMatch`, camelCased. */
export const matchInput = z
  .strictObject({
    audience: text("a string")
      .min(1, { error: "must not be empty" })
      .optional()
      .meta({ description: "Exact match against the token's `aud` (any element); unset: the audience Anthropic expects for the issuer." }),
    subjectPrefix: text("a string")
      .min(1, { error: "must not be empty" })
      .optional()
      .meta({ description: "Exact match on `sub`, or a prefix match when it ends with `*`, e.g. `repo:my-org/deploy:ref:refs/heads/main`." }),
    claims: z
      .record(z.string(), text("a string (only string claims can be matched; use condition for others)"))
      .optional()
      .meta({ description: "Exact `{claim: value}` pairs against top-level string claims, e.g. `{ repository_owner: \"my-org\" }`." }),
    condition: text("a CEL expression")
      .min(1, { error: "must not be empty" })
      .optional()
      .meta({ description: "A CEL expression over `claims`, for what the fields above cannot say." }),
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
    name: input(slugName("github-deploy"), { description: "A slug, unique among live rules.", change: "update", defaultsToLogicalName: true }),
    description: input(text("a string").optional(), { description: "Free text. Unset leaves the live description alone.", change: "update" }),
    issuerId: input(federationIssuerId, {
      description:
        "The issuer whose tokens the rule accepts (`fdis_...`), e.g. a FederationIssuer's `id`. The API cannot move a rule " +
        "to another issuer: the old rule is archived first.",
      change: "replace",
    }),
    issuerUrl: input(text("the issuer's URL").optional(), {
      description:
        "The issuer's URL, e.g. the FederationIssuer's `issuerUrl`. Not sent to the API: with it, preview checks that a " +
        "rule on a well-known shared issuer (GitHub Actions, GitLab, Buildkite, Terraform Cloud, Google) pins the tenant; " +
        "without it, the API checks at create.",
      change: "update",
    }),
    match: input(named(matchInput, "FederationRuleMatch", "Which identity tokens qualify; every field set must pass."), {
      description: "Which tokens qualify: at least one of `subjectPrefix`, `claims` or `condition`. Replaced as a whole.",
      change: "update",
    }),
    // Only the workspace scopes (see scope.ts).
    oauthScope: input(
      text('a scope like "workspace:developer"').check((ctx) => {
        const problem = scopeProblem(ctx.value);
        if (problem) ctx.issues.push({ code: "custom", input: ctx.value, message: problem });
      }),
      {
        description:
          "Space-separated scopes of the minted tokens: `workspace:developer` and/or `workspace:inference`. Rules granting " +
          "other scopes (`org:admin`) can only be made in the Console.",
        change: "update",
      },
    ),
    serviceAccountId: input(serviceAccountId, {
      description: "The service account (`svac_...`) minted tokens act as; it must be a member of each workspace.",
      change: "update",
    }),
    workspaceIds: input(
      z
        .array(workspaceId(), { error: "must be a list of workspace ids" })
        .refine((ids) => new Set(ids).size === ids.length, { error: "must not list a workspace twice" })
        .optional(),
      {
        description:
          "The workspaces (`wrkspc_...`) the rule mints tokens into, a set; required unless `appliesToAllWorkspaces`. Pass " +
          "ServiceAccountWorkspace outputs so that the rule waits for the memberships.",
        change: "update",
      },
    ),
    appliesToAllWorkspaces: input(z.boolean({ error: "must be true or false" }).optional(), {
      description: "Enable the rule in every workspace, also those made later.",
      change: "update",
    }),
    tokenLifetimeSeconds: input(
      z
        .number({ error: "must be a whole number of seconds" })
        .int({ error: "must be a whole number of seconds" })
        .min(60, { error: "must be between 60 and 86400 seconds" })
        .max(86_400, { error: "must be between 60 and 86400 seconds" })
        .optional(),
      { description: "Lifetime of minted access tokens, 60-86400 seconds; the API's default is 3600.", change: "update" },
    ),
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

export const declaration = declareKind({
  kind: "FederationRule",
  inputs: federationRuleInputs,
  outputs: z.strictObject({
    name: output(z.string(), { description: "The rule's name." }),
    issuerId: output(z.string(), { description: "The issuer whose tokens the rule accepts (`fdis_...`)." }),
    match: output(matchInput, { description: "Which tokens qualify." }),
    oauthScope: output(z.string(), { description: "Space-separated scopes of the minted tokens." }),
    serviceAccountId: output(z.string(), { description: "The service account (`svac_...`) minted tokens act as." }),
    workspaceIds: output(z.array(z.string()), { description: "The workspaces the rule is enabled for, as the API reports them." }),
    appliesToAllWorkspaces: output(z.boolean(), { description: "Whether the rule is enabled in every workspace." }),
    tokenLifetimeSeconds: output(z.number(), { description: "Lifetime of minted access tokens, in seconds." }),
  }),
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
