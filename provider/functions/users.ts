/** Members of the organization. */
import type * as pulumi from "@pulumi/pulumi";
import type { GetUsersArgs } from "./calls/users";
import { outputOf } from "./output";

export type { GetUsersArgs } from "./calls/users";
export interface GetUsersOutputArgs {
  email?: pulumi.Input<string>;
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
