import type { Ctx } from "../router";

/**
 * Who is asking, in the terms the SDK's rules use: the actor recorded in `created_by_actor_id` and the
 * like, whether the credential is interactive (a person's OAuth token or a Console session, as opposed
 * to a workload's federation token), and whether it is a Console session (only the control surface,
 * which plays the Console, has no principal).
 */
export interface Caller {
  actorId: string | null;
  interactive: boolean;
  console: boolean;
}

export function callerOf(ctx: Ctx): Caller {
  const principal = ctx.principal;
  if (!principal) return { actorId: ctx.store.adminUserId, interactive: true, console: true };
  if (principal.kind === "oauth") {
    return { actorId: principal.actorId ?? null, interactive: principal.interactive ?? false, console: false };
  }
  return { actorId: null, interactive: false, console: false };
}
