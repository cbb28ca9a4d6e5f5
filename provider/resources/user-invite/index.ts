import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { withOutputs } from "../resource-options";

export interface UserInviteArgs {
  email: pulumi.Input<string>;
  /** `user`, `developer`, `billing`, `claude_code_user` or `managed` (admins are made in the Console). */
  role: pulumi.Input<"user" | "developer" | "billing" | "claude_code_user" | "managed">;
  /** RBAC group ids (`rbac_group_...`) joined on acceptance; Claude Enterprise organizations only. */
  groups?: pulumi.Input<Array<pulumi.Input<string>>>;
}

/**
 * An invitation to join the organization. Any change replaces it (the old invite is withdrawn first).
 * Once accepted it stays in state with `status: "accepted"`; manage the member with OrganizationMember.
 */
export class UserInvite extends pulumi.dynamic.Resource {
  declare readonly email: pulumi.Output<string>;
  declare readonly role: pulumi.Output<string>;
  declare readonly groups: pulumi.Output<string[] | undefined>;
  declare readonly status: pulumi.Output<"pending" | "accepted" | "expired" | "deleted">;
  declare readonly expiresAt: pulumi.Output<string>;

  constructor(name: string, args: UserInviteArgs, opts?: pulumi.CustomResourceOptions) {
    super(dynamicProvider("UserInvite"), name, withOutputs(args, outputs), opts, "anthropic", "UserInvite");
  }

  /** Reads an existing invite into the program without managing it. */
  static get(name: string, id: pulumi.Input<string>, opts?: pulumi.CustomResourceOptions): UserInvite {
    return new UserInvite(name, {} as UserInviteArgs, { ...opts, id });
  }
}

/** The outputs users read, registered with every UserInvite; the rest is `getInvites`'s. */
const outputs = ["status", "expiresAt"];
