import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, withOutputs } from "../resource-options";

export interface WorkspaceMemberArgs {
  /** The workspace (`wrkspc_...`). Changing it replaces. */
  workspaceId: pulumi.Input<string>;
  /** The member (`user_...`); they must belong to the organization. Changing it replaces. */
  userId: pulumi.Input<string>;
  /** `workspace_user`, `workspace_developer`, `workspace_restricted_developer` or `workspace_admin`. In place. */
  role: pulumi.Input<"workspace_user" | "workspace_developer" | "workspace_restricted_developer" | "workspace_admin">;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/**
 * What a WorkspaceMember records, for {@link WorkspaceMember.get}: its outputs and inputs. The read
 * takes the workspace and user from the id; `organization` picks where it is read.
 */
export interface WorkspaceMemberState {
  /** The workspace (`wrkspc_...`). */
  workspaceId?: pulumi.Input<string>;
  /** The member (`user_...`). */
  userId?: pulumi.Input<string>;
  /** The member's workspace role. */
  role?: pulumi.Input<string>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** A user's membership of a workspace; its id is `wrkspc_.../user_...`. Delete removes the membership. */
export class WorkspaceMember extends pulumi.dynamic.Resource {
  /** The workspace (`wrkspc_...`). */
  declare readonly workspaceId: pulumi.Output<string>;
  /** The member (`user_...`). */
  declare readonly userId: pulumi.Output<string>;
  /** The member's workspace role, as the API reports it (a change made elsewhere shows at refresh). */
  declare readonly role: pulumi.Output<string>;

  constructor(name: string, args: WorkspaceMemberArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: WorkspaceMemberArgs | WorkspaceMemberState, opts?: pulumi.CustomResourceOptions) {
    super(dynamicProvider("WorkspaceMember"), name, withOutputs(argsOrState, outputs), opts, "anthropic", "WorkspaceMember");
  }

  /**
   * Reads an existing membership (`wrkspc_.../user_...`) into the program without managing it: destroy
   * leaves it alone. `state` is optional; give `organization` in it to read from a named organization.
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkspaceMemberState, opts?: pulumi.CustomResourceOptions): WorkspaceMember {
    // With `id` set, the constructor takes its second argument as state (as generated providers do).
    return new WorkspaceMember(name, (state ?? {}) as WorkspaceMemberArgs, { ...opts, id });
  }

  /**
   * Whether `obj` is a WorkspaceMember. Compares the type Pulumi registered, as Pulumi's own
   * `isInstance` does, so it holds for an instance made by another copy of this package too.
   */
  static override isInstance(obj: unknown): obj is WorkspaceMember {
    return isResourceOf("WorkspaceMember", obj);
  }
}

/** Every output the class declares, registered with every WorkspaceMember (also one read by `get`). */
const outputs = ["workspaceId", "userId", "role"];
