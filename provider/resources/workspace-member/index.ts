import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";

export interface WorkspaceMemberArgs {
  /** Changing it replaces. */
  workspaceId: pulumi.Input<string>;
  /** Changing it replaces. */
  userId: pulumi.Input<string>;
  /** `workspace_user`, `workspace_developer`, `workspace_restricted_developer` or `workspace_admin`. In place. */
  role: pulumi.Input<"workspace_user" | "workspace_developer" | "workspace_restricted_developer" | "workspace_admin">;
}

/** A user's membership of a workspace; its id is `wrkspc_.../user_...`. Delete removes the membership. */
export class WorkspaceMember extends pulumi.dynamic.Resource {
  declare readonly workspaceId: pulumi.Output<string>;
  declare readonly userId: pulumi.Output<string>;
  declare readonly role: pulumi.Output<string>;

  constructor(name: string, args: WorkspaceMemberArgs, opts?: pulumi.CustomResourceOptions) {
    super(dynamicProvider("WorkspaceMember"), name, { ...args }, opts, "anthropic", "WorkspaceMember");
  }

  /** Reads an existing membership (`wrkspc_.../user_...`) into the program without managing it. */
  static get(name: string, id: pulumi.Input<string>, opts?: pulumi.CustomResourceOptions): WorkspaceMember {
    return new WorkspaceMember(name, {} as WorkspaceMemberArgs, { ...opts, id });
  }
}
