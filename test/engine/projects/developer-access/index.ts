import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

// A workspace this program manages, and one made elsewhere, named by its id.
const config = new pulumi.Config();
const platform = new anthropic.Workspace("platform", { name: "Platform" });
export const platformId = platform.id;

// onboarding:begin
const alice = new anthropic.DeveloperAccess("alice", {
  email: "alice@example.com",
  role: "developer",
  workspaces: [{ workspaceId: platform.id }, { workspaceId: config.require("sharedWorkspaceId"), role: "workspace_admin" }],
  apiKey: { workspaceId: platform.id, name: "alice service" },
});
export const status = alice.status;
export const inviteId = alice.inviteId;
export const userId = alice.userId;
export const workspaceMemberIds = alice.workspaceMemberIds;
export const key = alice.key;
// onboarding:end
