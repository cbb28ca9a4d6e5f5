import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, withOutputs } from "../resource-options";

export interface OrganizationMemberArgs {
  /** The user (`user_...`) to manage; or give `email`. Changing it replaces. */
  userId?: pulumi.Input<string>;
  /** The user's email, for users who joined by invite. Changing it replaces. */
  email?: pulumi.Input<string>;
  /** Organization role. Updated in place. */
  role: pulumi.Input<"user" | "developer" | "billing" | "claude_code_user" | "managed">;
  /** On delete, archive the API keys the user created (default true). */
  revokeKeysOnDelete?: pulumi.Input<boolean>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/**
 * What an OrganizationMember records, for {@link OrganizationMember.get}: its outputs and the inputs it
 * was declared with. Each field given is passed to the read as recorded state; `organization` picks
 * where it is read.
 */
export interface OrganizationMemberState {
  /** The user (`user_...`). */
  userId?: pulumi.Input<string>;
  /** The user's email. */
  email?: pulumi.Input<string>;
  /** The user's name. */
  name?: pulumi.Input<string>;
  /** The user's organization role. */
  role?: pulumi.Input<string>;
  /** Whether delete archives the API keys the user created. */
  revokeKeysOnDelete?: pulumi.Input<boolean>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/**
 * An existing member of the organization, adopted by id or email; the resource manages their role.
 * Delete removes them from the organization and (by default) revokes the API keys they created.
 */
export class OrganizationMember extends pulumi.dynamic.Resource {
  /** The user (`user_...`), also when the member was named by email. */
  declare readonly userId: pulumi.Output<string>;
  /** The user's email (as the program wrote it, where the API reports it in another case). */
  declare readonly email: pulumi.Output<string>;
  /** The user's name, as the API reports it. */
  declare readonly name: pulumi.Output<string>;
  /** The user's organization role, as the API reports it (a change made elsewhere shows at refresh). */
  declare readonly role: pulumi.Output<string>;

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

/**
 * Every output the class declares, registered with every OrganizationMember (also one read by `get`);
 * the rest of the live user is `getUsers`'s.
 */
const outputs = ["userId", "email", "name", "role"];
