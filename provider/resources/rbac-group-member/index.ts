import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, withOutputs } from "../resource-options";
import { outputs, type RbacGroupMemberArgs, type RbacGroupMemberProperties, type RbacGroupMemberState } from "./generated";

export type { RbacGroupMemberArgs, RbacGroupMemberState } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface RbacGroupMember extends RbacGroupMemberProperties {}

/**
 * A user's membership of an RBAC group (Claude Enterprise); its id is `rbac_group_.../user_...`. Delete
 * removes the user from the group.
 */
export class RbacGroupMember extends pulumi.dynamic.Resource {
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
