import * as pulumi from "@pulumi/pulumi";

// The component registered by type token as a remote component, as a generated SDK registers it: the
// plugin constructs it, with its children.
class DeveloperAccess extends pulumi.ComponentResource {
  declare readonly status: pulumi.Output<string>;
  declare readonly userId: pulumi.Output<string | undefined>;
  declare readonly workspaceMemberIds: pulumi.Output<string[]>;
  declare readonly key: pulumi.Output<string | undefined>;
  constructor(name: string, args: Record<string, pulumi.Input<unknown>>, opts?: pulumi.ComponentResourceOptions) {
    super("anthropic:index:DeveloperAccess", name, { ...args, inviteId: undefined, status: undefined, userId: undefined, workspaceMemberIds: undefined, key: undefined }, opts, true);
  }
}
class Workspace extends pulumi.CustomResource {
  constructor(name: string, args: Record<string, pulumi.Input<unknown>>) {
    super("anthropic:index:Workspace", name, args);
  }
}

const config = new pulumi.Config();
const team = new Workspace("team", { name: "Team" });
const dana = new DeveloperAccess("dana", {
  email: config.require("email"),
  role: "developer",
  workspaces: [{ workspaceId: team.id, role: "workspace_developer" }],
  apiKey: { workspaceId: team.id, name: "dana-key" },
});

export const status = dana.status;
export const userId = dana.userId;
export const memberships = dana.workspaceMemberIds;
export const key = dana.key;
