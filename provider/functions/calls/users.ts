/** `getUsers` itself: loaded on its first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect } from "../../client";
import type { WireUser } from "../../client/schemas";
import { usersWithEmail } from "../../resources/users-by-email";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { getUsers as declared } from "../declarations/users";
import type { GetUsersArgs, GetUsersResult, UserInfo } from "../generated/users";

export function userInfo(user: WireUser): UserInfo {
  return { id: user.id, email: user.email, name: user.name, role: user.role, addedAt: user.added_at };
}

export async function getUsers(args?: GetUsersArgs, _opts?: pulumi.InvokeOptions): Promise<GetUsersResult> {
  const { email, organization } = parseArgs("getUsers", declared.args, args);
  const client = functionClient("getUsers", organization);
  const users = email === undefined ? await collect(client.listUsers()) : await usersWithEmail(client, email);
  return { users: users.map(userInfo) };
}
