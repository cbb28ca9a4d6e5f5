import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, withOutputs } from "../resource-options";

export interface UserInviteArgs {
  /** The address the invitation goes to. Changing it replaces the invite. */
  email: pulumi.Input<string>;
  /** `user`, `developer`, `billing`, `claude_code_user` or `managed` (admins are made in the Console). */
  role: pulumi.Input<"user" | "developer" | "billing" | "claude_code_user" | "managed">;
  /** RBAC group ids (`rbac_group_...`) joined on acceptance; Claude Enterprise organizations only. */
  groups?: pulumi.Input<Array<pulumi.Input<string>>>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/**
 * What a UserInvite records, for {@link UserInvite.get}: its outputs and the inputs it was declared
 * with. Each field given is passed to the read as recorded state; `organization` picks where it is read.
 */
export interface UserInviteState {
  /** The address the invitation went to. */
  email?: pulumi.Input<string>;
  /** The organization role the invite gives. */
  role?: pulumi.Input<string>;
  /** RBAC group ids (`rbac_group_...`) joined on acceptance. */
  groups?: pulumi.Input<Array<pulumi.Input<string>>>;
  /** `pending`, `accepted`, `expired` or `deleted`. */
  status?: pulumi.Input<"pending" | "accepted" | "expired" | "deleted">;
  /** When a pending invite lapses (RFC 3339). */
  expiresAt?: pulumi.Input<string>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/**
 * An invitation to join the organization. Any change replaces it (the old invite is withdrawn first).
 * Once accepted it stays in state with `status: "accepted"`; manage the member with OrganizationMember.
 */
export class UserInvite extends pulumi.dynamic.Resource {
  /** The address the invitation went to (as the program wrote it, where the API reports it in another case). */
  declare readonly email: pulumi.Output<string>;
  /** The organization role the invite gives, as the API reports it. */
  declare readonly role: pulumi.Output<string>;
  /** RBAC group ids joined on acceptance; undefined when the invite names none. */
  declare readonly groups: pulumi.Output<string[] | undefined>;
  /**
   * `pending` until the person accepts, then `accepted`. An invite found `expired` or `deleted` is gone
   * from the stack at refresh (the next `up` invites again).
   */
  declare readonly status: pulumi.Output<"pending" | "accepted" | "expired" | "deleted">;
  /** When the invite lapses if it is not accepted (RFC 3339). */
  declare readonly expiresAt: pulumi.Output<string>;

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

/**
 * Every output the class declares, registered with every UserInvite (also one read by `get`, whose
 * state may hold none of them); the rest of the live invite is `getInvites`'s.
 */
const outputs = ["email", "role", "groups", "status", "expiresAt"];
