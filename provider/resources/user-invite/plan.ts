import type * as pulumi from "@pulumi/pulumi";
import type { WireInvite } from "../../client/schemas";
import { asWritten } from "../../base/canonical";
import { withoutInternal } from "../declared";
import { diffInputs, type DiffSpec } from "../diff";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import type { UserInviteInputs, UserInviteOutputs } from "./schema";

/** An invite cannot be edited: any change replaces it, and the old one goes first (one invite per email). */
export const diffSpec: DiffSpec = diffSpecOf(inputChanges, { deleteBeforeReplace: true });

export function diffUserInvite(olds: Partial<UserInviteOutputs>, news: UserInviteInputs): pulumi.dynamic.DiffResult {
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}

/** Deleted and expired invites are gone (the next `up` invites again); an accepted one stays. */
export function isGone(live: WireInvite): boolean {
  return live.status === "deleted" || live.status === "expired";
}

export function outputsFromWire(inputs: UserInviteInputs, live: WireInvite): UserInviteOutputs {
  const outputs: UserInviteOutputs = {
    ...withoutInternal(inputs),
    email: asWritten("email", inputs.email, live.email),
    role: live.role as UserInviteInputs["role"],
    status: live.status as UserInviteOutputs["status"],
    expiresAt: live.expires_at,
  };
  if (live.rbac_group_ids && live.rbac_group_ids.length > 0) outputs.groups = asWritten("groups", inputs.groups, live.rbac_group_ids);
  return outputs;
}
