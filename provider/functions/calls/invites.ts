/** `getInvites` itself: loaded on its first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect } from "../../client";
import type { WireInvite } from "../../client/schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { getInvites as declared } from "../declarations/invites";
import type { GetInvitesArgs, GetInvitesResult, InviteInfo } from "../generated/invites";

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
  const { email, status, organization } = parseArgs("getInvites", declared.args, args);
  const invites = await collect(functionClient("getInvites", organization).listInvites({ email, statuses: status ? [status] : undefined }));
  return { invites: invites.map(inviteInfo) };
}
