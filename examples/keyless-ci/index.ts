import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

// The trust set-up, run once by a person: service accounts and federation take only an OAuth access
// token with the org:admin scope, never an admin key:
//   ant auth login --scope org:admin
//   pulumi config set --secret anthropic:authToken <token>
// Then CI jobs get Claude access from their own identity tokens: no API key to mint, store or rotate.
const config = new pulumi.Config();
// GitHub Actions by default; any OIDC issuer works (GitLab, Buildkite, a cloud's workload identity).
const issuerUrl = config.get("issuerUrl") ?? "https://token.actions.githubusercontent.com";
// Which jobs qualify. On a shared issuer like GitHub's the rule must pin your tenant: `repo:<org>/...`.
const appSubject = config.get("appSubject") ?? "repo:acme/app:*";
// Unset: the API finds the issuer's keys by OIDC discovery. Set (a JSON object) to pin them, e.g.
// {"type":"inline","keys":[...]} for an issuer that is not reachable from the internet.
const jwks = config.getObject<anthropic.FederationJwks>("jwks");

// The one workspace the app's CI jobs may use.
const ci = new anthropic.Workspace("ci", { name: "CI" });

const issuer = new anthropic.FederationIssuer("ci-oidc", { issuerUrl, ...(jwks ? { jwks } : {}) });

// What the app's jobs act as: a developer in the CI workspace, nothing more.
const app = new anthropic.ServiceAccount("ci-app", { description: "Claude calls from the app's CI jobs" });
const appInCi = new anthropic.ServiceAccountWorkspace("ci-app-in-ci", {
  serviceAccountId: app.id,
  workspaceId: ci.id,
  role: "workspace_developer",
});
const appRule = new anthropic.FederationRule("ci-app", {
  issuerId: issuer.id,
  issuerUrl: issuer.issuerUrl,
  match: { subjectPrefix: appSubject },
  oauthScope: "workspace:developer",
  serviceAccountId: app.id,
  // The membership's output, so that the rule waits for it (a rule's account must be a member).
  workspaceIds: [appInCi.workspaceId],
  tokenLifetimeSeconds: 900,
});

// What the infrastructure pipeline acts as (deploy/, the second stack). Its rule grants org:admin, which
// only the Console may create: once, in Console > Settings > Workload identity, for this account.
const deployer = new anthropic.ServiceAccount("pulumi-deployer", {
  organizationRole: "admin",
  description: "runs pulumi up for the organization from CI",
});

export const organizationId = anthropic.getOrganizationOutput().id;
export const issuerId = issuer.id;
export const workspaceId = ci.id;
export const appServiceAccountId = app.id;
export const appRuleId = appRule.id;
export const deployerServiceAccountId = deployer.id;
