import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

// Credentials: `pulumi config set --secret anthropic:adminKey sk-ant-admin...` (or ANTHROPIC_ADMIN_KEY).
const config = new pulumi.Config();
const memberEmail = config.get("memberEmail") ?? "alice@example.com"; // an existing member of the organization
const inviteEmail = config.get("inviteEmail") ?? "bob@example.com";

const prod = new anthropic.Workspace("prod", {
  name: "Production",
  spendLimit: { monthlyUsd: 5000 },
  rateLimits: { requestsPerMinute: 1000 },
});

// api.anthropic.com mints keys only in the Console: there, set `quickstart:portalKeyId` to adopt one
// (it keeps its Console name), and `pulumi config set --secret quickstart:portalKeyValue sk-ant-...`
// so that `portalKey` carries its value (checked against the key's hint before anything is written).
const consoleKeyId = config.get("portalKeyId");
const portal = new anthropic.ApiKey("portal", consoleKeyId
  ? { adoptId: consoleKeyId, key: config.getSecret("portalKeyValue") }
  : { workspaceId: prod.id, name: "Customer Portal Service" });

const alice = new anthropic.OrganizationMember("alice", { email: memberEmail, role: "developer" });
new anthropic.WorkspaceMember("alice-prod", { workspaceId: prod.id, userId: alice.userId, role: "workspace_developer" });

const bob = new anthropic.UserInvite("bob", { email: inviteEmail, role: "user" });

export const workspaceId = prod.id;
export const portalKeyId = portal.id;
export const portalKey = portal.key; // a secret: `pulumi stack output portalKey --show-secrets`
export const inviteStatus = bob.status;
