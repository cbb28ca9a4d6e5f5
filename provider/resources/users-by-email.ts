import type { AdminClient } from "../client";
import type { WireUser } from "../client/schemas";
import { sameValue } from "../base/canonical";

/**
 * The members whose email is `email` in any letter case. The API's filter finds them on servers that
 * match emails case-insensitively; on one that matches only the exact case, the full listing (read
 * only when the filter found no one) does.
 */
export async function usersWithEmail(client: AdminClient, email: string): Promise<WireUser[]> {
  for (const params of [{ email }, {}]) {
    const found: WireUser[] = [];
    for await (const user of client.listUsers(params)) if (sameValue("email", user.email, email)) found.push(user);
    if (found.length > 0) return found;
  }
  return [];
}
