import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, withOutputs } from "../resource-options";
import { outputs, type OrganizationMemberArgs, type OrganizationMemberProperties, type OrganizationMemberState } from "./generated";

export type { OrganizationMemberArgs, OrganizationMemberState } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface OrganizationMember extends OrganizationMemberProperties {}

/**
 * An existing member of the organization, adopted by id or email; the resource manages their role.
 * Delete removes them from the organization and (by default) revokes the API keys they created.
 */
export class OrganizationMember extends pulumi.dynamic.Resource {
  constructor(name: string, args: OrganizationMemberArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: OrganizationMemberArgs | OrganizationMemberState, opts?: pulumi.CustomResourceOptions) {
    super(dynamicProvider("OrganizationMember"), name, withOutputs(argsOrState, outputs), opts, "anthropic", "OrganizationMember");
  }

  /**
   * Reads an existing member (`user_...`) into the program without managing it: destroy leaves them
   * alone. `state` is optional; give `organization` in it to read from a named organization.
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: OrganizationMemberState, opts?: pulumi.CustomResourceOptions): OrganizationMember {
    // With `id` set, the constructor takes its second argument as state (as generated providers do).
    return new OrganizationMember(name, (state ?? {}) as OrganizationMemberArgs, { ...opts, id });
  }

  /**
   * Whether `obj` is an OrganizationMember. Compares the type Pulumi registered, as Pulumi's own
   * `isInstance` does, so it holds for an instance made by another copy of this package too.
   */
  static override isInstance(obj: unknown): obj is OrganizationMember {
    return isResourceOf("OrganizationMember", obj);
  }
}
