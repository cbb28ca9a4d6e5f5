import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, withOutputs } from "../resource-options";
import { outputs, type WorkspaceMemberArgs, type WorkspaceMemberProperties, type WorkspaceMemberState } from "./generated";

export type { WorkspaceMemberArgs, WorkspaceMemberState } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface WorkspaceMember extends WorkspaceMemberProperties {}

/** A user's membership of a workspace; its id is `wrkspc_.../user_...`. Delete removes the membership. */
export class WorkspaceMember extends pulumi.dynamic.Resource {
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
