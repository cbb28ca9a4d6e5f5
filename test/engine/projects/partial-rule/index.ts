import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

// A rule for two workspaces: made in two requests (the rule, then the second workspace), so a failure of
// the second leaves it partly made. The issuer, the service account and its memberships come from config.
const config = new pulumi.Config();
new anthropic.FederationRule("deploy", {
  issuerId: config.require("issuerId"),
  match: { subjectPrefix: "pipeline:acme/*" },
  oauthScope: "workspace:developer",
  serviceAccountId: config.require("serviceAccountId"),
  workspaceIds: config.requireObject<string[]>("workspaceIds"),
});
