import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { withOutputs } from "../resource-options";

export interface OrganizationMemberArgs {
  /** The user (`user_...`) to manage; or give `email`. Changing it replaces. */
  userId?: pulumi.Input<string>;
  /** The user's email, for users who joined by invite. Changing it replaces. */
  email?: pulumi.Input<string>;
  /** Organization role. Updated in place. */
  role: pulumi.Input<"user" | "developer" | "billing" | "claude_code_user" | "managed">;
  /** On delete, archive the API keys the user created (default true). */
  revokeKeysOnDelete?: pulumi.Input<boolean>;
}

/**
 * An existing member of the organization, adopted by id or email; the resource manages their role.
 * Delete removes them from the organization and (by default) revokes the API keys they created.
 */
export class OrganizationMember extends pulumi.dynamic.Resource {
  declare readonly userId: pulumi.Output<string>;
  declare readonly email: pulumi.Output<string>;
  declare readonly name: pulumi.Output<string>;
  declare readonly role: pulumi.Output<string>;

  constructor(name: string, args: OrganizationMemberArgs, opts?: pulumi.CustomResourceOptions) {
    super(dynamicProvider("OrganizationMember"), name, withOutputs(args, outputs), opts, "anthropic", "OrganizationMember");
  }

  /** Reads an existing member into the program without managing it. */
  static get(name: string, id: pulumi.Input<string>, opts?: pulumi.CustomResourceOptions): OrganizationMember {
    return new OrganizationMember(name, {} as OrganizationMemberArgs, { ...opts, id });
  }
}

/** The outputs users read, registered with every OrganizationMember; the rest is `getUsers`'s. */
const outputs = ["userId", "email", "name"];
