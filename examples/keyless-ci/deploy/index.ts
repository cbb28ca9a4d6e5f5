import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

// No admin key and no token in this stack: the provider exchanges the CI job's identity token itself,
// against the org:admin rule made once in the Console, and keeps the access token in memory only.
//   pulumi config set --path 'anthropic:federation.ruleId' fdrl_...
//   pulumi config set --path 'anthropic:federation.organizationId' <organization id>
//   pulumi config set --plaintext --path 'anthropic:federation.tokenCommand' '<command that prints a fresh token>'
// The command runs for each exchange (the preview's and the update's processes each make one), so an
// issuer that accepts each token once (checkJti, the default) is satisfied; github-actions.yml shows it
// for GitHub Actions, where `tokenSource: github-actions` does the same built in. Where the CI system
// only writes a token to a file or a variable, set `tokenFile` or `tokenEnv` instead, and run each
// command with --skip-preview and a fresh token (and no data function in the program).
const config = new pulumi.Config();

const team = new anthropic.Workspace("team", {
  name: config.get("workspaceName") ?? "Team",
  spendLimit: { monthlyUsd: config.getNumber("monthlyUsd") ?? 100 },
});

export const workspaceId = team.id;
