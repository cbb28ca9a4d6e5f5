/** `getInvites` itself: loaded on its first call (see ../invites.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { collect } from "../../client";
import type { WireInvite } from "../../client/schemas";
import { email } from "../../resources/fields";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { organizationArgument } from "../organization-argument";
import type { GetInvitesResult, InviteInfo } from "../invites";

/** Deleted invites are not listed by the API, so they cannot be asked for. */
const STATUSES = ["pending", "accepted", "expired"] as const;

const Args = z.strictObject({
  email: email.optional(),
  status: z.enum(STATUSES, { error: `must be one of ${STATUSES.join(", ")}` }).optional(),
  organization: organizationArgument,
});

export type GetInvitesArgs = z.input<typeof Args>;

function inviteInfo(i: WireInvite): InviteInfo {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    status: i.status,
    invitedAt: i.invited_at,
    expiresAt: i.expires_at,
    acceptedAt: i.accepted_at,
  };
}

export async function getInvites(args?: GetInvitesArgs, _opts?: pulumi.InvokeOptions): Promise<GetInvitesResult> {
  const { email, status, organization } = parseArgs("getInvites", Args, args);
  const invites = await collect(functionClient("getInvites", organization).listInvites({ email, statuses: status ? [status] : undefined }));
  return { invites: invites.map(inviteInfo) };
}
