import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, withOutputs } from "../resource-options";
import { outputs, type RbacGroupArgs, type RbacGroupProperties, type RbacGroupState } from "./generated";

export type { RbacGroupArgs, RbacGroupState } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface RbacGroup extends RbacGroupProperties {}

/**
 * An RBAC group of a Claude Enterprise organization (a Console organization refuses it at the first
 * request). Roles are attached to groups in the admin settings, so `roleIds` is read-only. Delete
 * deletes the group.
 */
export class RbacGroup extends pulumi.dynamic.Resource {
  constructor(name: string, args?: RbacGroupArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: RbacGroupArgs | RbacGroupState = {}, opts?: pulumi.CustomResourceOptions) {
    // Reading (`get`): the state goes to the read as it is given, with no defaults.
    const inputs = opts?.id !== undefined ? argsOrState : { ...argsOrState, name: argsOrState.name ?? name };
    super(dynamicProvider("RbacGroup"), name, withOutputs(inputs, outputs), opts, "anthropic", "RbacGroup");
  }

  /** Reads an existing group (`rbac_group_...`) into the program without managing it: destroy leaves it alone. */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: RbacGroupState, opts?: pulumi.CustomResourceOptions): RbacGroup {
    // With `id` set, the constructor takes its second argument as state (as generated providers do).
    return new RbacGroup(name, (state ?? {}) as RbacGroupArgs, { ...opts, id });
  }

  /** Whether `obj` is an RbacGroup (by the type Pulumi registered, so across copies of this package too). */
  static override isInstance(obj: unknown): obj is RbacGroup {
    return isResourceOf("RbacGroup", obj);
  }
}
