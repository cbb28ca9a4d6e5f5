import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, withOutputs } from "../resource-options";

export interface RbacGroupMemberArgs {
  /** The group (`rbac_group_...`), e.g. an RbacGroup's `id`. Changing it replaces. */
  rbacGroupId: pulumi.Input<string>;
  /** The user (`user_...`), e.g. an OrganizationMember's `userId`. Changing it replaces. */
  userId: pulumi.Input<string>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** What an RbacGroupMember records, for {@link RbacGroupMember.get}. */
export interface RbacGroupMemberState {
  rbacGroupId?: pulumi.Input<string>;
  userId?: pulumi.Input<string>;
  email?: pulumi.Input<string>;
  /** The organization of the stack config to read it from. */
  organization?: pulumi.Input<string>;
}

/**
 * A user's membership of an RBAC group (Claude Enterprise); its id is `rbac_group_.../user_...`. Delete
 * removes the user from the group.
 */
export class RbacGroupMember extends pulumi.dynamic.Resource {
  declare readonly rbacGroupId: pulumi.Output<string>;
  declare readonly userId: pulumi.Output<string>;
  /** The member's email, as the API reports it. */
  declare readonly email: pulumi.Output<string>;

  constructor(name: string, args: RbacGroupMemberArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: RbacGroupMemberArgs | RbacGroupMemberState, opts?: pulumi.CustomResourceOptions) {
    super(dynamicProvider("RbacGroupMember"), name, withOutputs(argsOrState, outputs), opts, "anthropic", "RbacGroupMember");
  }

  /** Reads an existing membership (`rbac_group_.../user_...`) into the program without managing it. */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: RbacGroupMemberState, opts?: pulumi.CustomResourceOptions): RbacGroupMember {
    // With `id` set, the constructor takes its second argument as state (as generated providers do).
    return new RbacGroupMember(name, (state ?? {}) as RbacGroupMemberArgs, { ...opts, id });
  }

  /** Whether `obj` is an RbacGroupMember (by the type Pulumi registered, so across copies of this package too). */
  static override isInstance(obj: unknown): obj is RbacGroupMember {
    return isResourceOf("RbacGroupMember", obj);
  }
}

/** The outputs users read, registered with every RbacGroupMember. */
const outputs = ["rbacGroupId", "userId", "email"];
