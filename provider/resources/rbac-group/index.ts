import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, withOutputs } from "../resource-options";

export interface RbacGroupArgs {
  /** Defaults to the resource's logical name; need not be unique. Updated in place. */
  name?: pulumi.Input<string>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** What an RbacGroup records, for {@link RbacGroup.get}. */
export interface RbacGroupState {
  name?: pulumi.Input<string>;
  roleIds?: pulumi.Input<pulumi.Input<string>[]>;
  sourceType?: pulumi.Input<string>;
  /** The organization of the stack config to read it from. */
  organization?: pulumi.Input<string>;
}

/**
 * An RBAC group of a Claude Enterprise organization (a Console organization refuses it at the first
 * request). Roles are attached to groups in the admin settings, so `roleIds` is read-only. Delete
 * deletes the group.
 */
export class RbacGroup extends pulumi.dynamic.Resource {
  declare readonly name: pulumi.Output<string>;
  /** RBAC role ids attached to the group, as of the last read. */
  declare readonly roleIds: pulumi.Output<string[]>;

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

/** The outputs users read, registered with every RbacGroup. */
const outputs = ["name", "roleIds"];
