import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, withOutputs } from "../resource-options";
import { outputs, type UserInviteArgs, type UserInviteProperties, type UserInviteState } from "./generated";

export type { UserInviteArgs, UserInviteState } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface UserInvite extends UserInviteProperties {}

/**
 * An invitation to join the organization. Any change replaces it (the old invite is withdrawn first).
 * Once accepted it stays in state with `status: "accepted"`; manage the member with OrganizationMember.
 */
export class UserInvite extends pulumi.dynamic.Resource {
  constructor(name: string, args: UserInviteArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: UserInviteArgs | UserInviteState, opts?: pulumi.CustomResourceOptions) {
    super(dynamicProvider("UserInvite"), name, withOutputs(argsOrState, outputs), opts, "anthropic", "UserInvite");
  }

  /**
   * Reads an existing invite (`invite_...`) into the program without managing it: destroy leaves it
   * alone. `state` is optional; give `organization` in it to read from a named organization.
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: UserInviteState, opts?: pulumi.CustomResourceOptions): UserInvite {
    // With `id` set, the constructor takes its second argument as state (as generated providers do).
    return new UserInvite(name, (state ?? {}) as UserInviteArgs, { ...opts, id });
  }

  /**
   * Whether `obj` is a UserInvite. Compares the type Pulumi registered, as Pulumi's own `isInstance`
   * does, so it holds for an instance made by another copy of this package too.
   */
  static override isInstance(obj: unknown): obj is UserInvite {
    return isResourceOf("UserInvite", obj);
  }
}
