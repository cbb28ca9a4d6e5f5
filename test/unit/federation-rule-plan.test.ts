import { describe, expect, test } from "vitest";
import { diffFederationRule, updateBody, workspaceChanges } from "../../provider/resources/federation-rule/plan";
import { federationRuleInputs } from "../../provider/resources/federation-rule/schema";
import { scopeProblem } from "../../provider/resources/federation-rule/scope";
import { pinsTenant, SHARED_ISSUERS } from "../../provider/resources/federation-rule/shared-issuers";

const github = "https://token.actions.githubusercontent.com";
const rule = {
  name: "deploy", issuerId: "fdis_1", match: { subjectPrefix: "pipeline:acme/*" }, oauthScope: "workspace:developer",
  serviceAccountId: "svac_1", workspaceIds: ["wrkspc_1"],
};

describe("tenant pinning on well-known shared issuers", () => {
  test.each([
    ["a repository-owner subject prefix", github, { subjectPrefix: "repo:acme/*" }],
    ["an exact repository subject", github, { subjectPrefix: "repo:acme/deploy:ref:refs/heads/main" }],
    ["an identity claim", github, { claims: { repository_owner: "acme" } }],
    ["a condition on an identity claim", github, { condition: 'claims.repository_owner == "acme"' }],
    ["a condition on an identity claim, bracketed", github, { condition: "claims['repository_id'] == \"42\"" }],
    ["a GitLab namespace", "https://gitlab.com", { subjectPrefix: "project_path:acme/*" }],
    ["a Buildkite organization", "https://agent.buildkite.com", { subjectPrefix: "organization:acme:pipeline:*" }],
    ["a Terraform Cloud organization", "https://app.terraform.io", { claims: { terraform_organization_name: "acme" } }],
    ["one Google principal", "https://accounts.google.com", { subjectPrefix: "112233445566" }],
    ["the same issuer written with a trailing slash and capitals", "https://TOKEN.actions.githubusercontent.com/", { subjectPrefix: "repo:acme/*" }],
    ["any match on an issuer of one's own", "https://ci.acme.example", { subjectPrefix: "*x" }],
  ])("accepts %s", (_what, issuerUrl, match) => {
    expect(pinsTenant(issuerUrl, match)).toBe(true);
    expect(federationRuleInputs.safeParse({ ...rule, issuerUrl, match }).success).toBe(true);
  });

  test.each([
    ["any repository", github, { subjectPrefix: "repo:*" }],
    ["a branch on any repository", github, { claims: { ref: "refs/heads/main" } }],
    ["an owner claim left empty", github, { claims: { repository_owner: "" } }],
    ["a condition on a claim that names no tenant", github, { condition: 'claims.ref == "main"' }],
    ["any Google principal", "https://accounts.google.com", { subjectPrefix: "1122*" }],
  ])("refuses %s", (_what, issuerUrl, match) => {
    expect(pinsTenant(issuerUrl, match)).toBe(false);
  });

  test("lists the five platforms the SDK names", () => {
    expect(SHARED_ISSUERS.map((issuer) => issuer.label)).toEqual(["GitHub Actions", "GitLab", "Buildkite", "Terraform Cloud", "Google"]);
  });
});

describe("scopes", () => {
  test("the workspace scopes, alone or together, are the provider's to manage", () => {
    expect(scopeProblem("workspace:developer")).toBeUndefined();
    expect(scopeProblem(" workspace:inference  workspace:developer ")).toBeUndefined();
  });
  test("org:admin is the Console's", () => {
    expect(scopeProblem("org:admin")).toMatch(/require a Console session/);
    expect(scopeProblem("")).toMatch(/at least one scope/);
  });
});

describe("plan", () => {
  const olds = { ...rule, description: "", appliesToAllWorkspaces: false, tokenLifetimeSeconds: 3600 };

  test("scopes and workspaces compare as sets; unset lifetime and description leave the live ones", () => {
    expect(diffFederationRule({ ...olds, oauthScope: "workspace:inference workspace:developer", workspaceIds: ["wrkspc_2", "wrkspc_1"] },
      { ...rule, oauthScope: "workspace:developer workspace:inference", workspaceIds: ["wrkspc_1", "wrkspc_2"] }).changes).toBe(false);
    expect(updateBody(olds, { ...rule })).toBeUndefined();
  });

  test("an update sends the match with any other change (the API re-checks tenant pinning on every update)", () => {
    expect(updateBody(olds, { ...rule, description: "x" })).toEqual({ description: "x", match: { subject_prefix: "pipeline:acme/*" } });
  });

  test("workspaces are enabled and disabled by difference; unset leaves them", () => {
    expect(workspaceChanges(["wrkspc_1", "wrkspc_2"], { ...rule, workspaceIds: ["wrkspc_2", "wrkspc_3"] })).toEqual({ add: ["wrkspc_3"], remove: ["wrkspc_1"] });
    expect(workspaceChanges(["wrkspc_1"], { ...rule, workspaceIds: undefined, appliesToAllWorkspaces: true })).toEqual({ add: [], remove: [] });
  });
});
