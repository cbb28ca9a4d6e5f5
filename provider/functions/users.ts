/** Members of the organization. */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { collect } from "../client";
import type { WireUser } from "../client/schemas";
import { email } from "../resources/fields";
import { usersWithEmail } from "../resources/users-by-email";
import { parseArgs } from "./arguments";
import { functionClient } from "./client";
import { outputOf } from "./output";

const Args = z.strictObject({
  /** Only the member with this email (case does not matter). */
  email: email.optional(),
});

export type GetUsersArgs = z.input<typeof Args>;
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

function userInfo(user: WireUser): UserInfo {
  return { id: user.id, email: user.email, name: user.name, role: user.role, addedAt: user.added_at };
}

/** Every member, in the API's order, following all pages. */
export async function getUsers(args?: GetUsersArgs, _opts?: pulumi.InvokeOptions): Promise<GetUsersResult> {
  const { email } = parseArgs("getUsers", Args, args);
  const client = functionClient("getUsers");
  const users = email === undefined ? await collect(client.listUsers()) : await usersWithEmail(client, email);
  return { users: users.map(userInfo) };
}

export function getUsersOutput(args?: GetUsersOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetUsersResult> {
  return outputOf(getUsers, args, opts);
}
