/** `getUsers` itself: loaded on its first call (see ../users.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { collect } from "../../client";
import type { WireUser } from "../../client/schemas";
import { email } from "../../resources/fields";
import { usersWithEmail } from "../../resources/users-by-email";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { organizationArgument } from "../organization-argument";
import type { GetUsersResult, UserInfo } from "../users";

const Args = z.strictObject({
  /** Only the member with this email (case does not matter). */
  email: email.optional(),
  organization: organizationArgument,
});

export type GetUsersArgs = z.input<typeof Args>;

export function userInfo(user: WireUser): UserInfo {
  return { id: user.id, email: user.email, name: user.name, role: user.role, addedAt: user.added_at };
}

export async function getUsers(args?: GetUsersArgs, _opts?: pulumi.InvokeOptions): Promise<GetUsersResult> {
  const { email, organization } = parseArgs("getUsers", Args, args);
  const client = functionClient("getUsers", organization);
  const users = email === undefined ? await collect(client.listUsers()) : await usersWithEmail(client, email);
  return { users: users.map(userInfo) };
}
