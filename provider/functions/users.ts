/** Members of the organization. */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

/** Arguments of `getUsers`; all optional. */
export interface GetUsersArgs {
  /** Only the member with this email (case does not matter). */
  email?: string;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getUsersOutput`: those of `getUsers`, each may be an Input. */
export interface GetUsersOutputArgs {
  /** Only the member with this email (case does not matter). */
  email?: pulumi.Input<string>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: pulumi.Input<string>;
}

export interface UserInfo {
  /** `user_...` */
  id: string;
  email: string;
  name: string;
  /** Organization role, e.g. `developer`, `admin`. */
  role: string;
  addedAt: string;
}

export interface GetUsersResult {
  users: UserInfo[];
}

/** Every member, in the API's order, following all pages. */
export async function getUsers(args?: GetUsersArgs, opts?: pulumi.InvokeOptions): Promise<GetUsersResult> {
  return (await import("./calls/users.js")).getUsers(args, opts);
}

export function getUsersOutput(args?: GetUsersOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetUsersResult> {
  return outputOf(getUsers, args, opts);
}
