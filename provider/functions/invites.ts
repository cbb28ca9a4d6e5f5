/** Invitations to join the organization. */
import type * as pulumi from "@pulumi/pulumi";
import type { GetInvitesArgs } from "./calls/invites";
import { outputOf } from "./output";

export type { GetInvitesArgs } from "./calls/invites";
export interface GetInvitesOutputArgs {
  email?: pulumi.Input<string>;
  status?: pulumi.Input<GetInvitesArgs["status"]>;
}

export interface InviteInfo {
  /** `invite_...` */
  id: string;
  email: string;
  role: string;
  /** `pending`, `accepted` or `expired`. */
  status: string;
  invitedAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

export interface GetInvitesResult {
  invites: InviteInfo[];
}

/** Pending, accepted and expired invites (or those of one `status`), following all pages. */
export async function getInvites(args?: GetInvitesArgs, opts?: pulumi.InvokeOptions): Promise<GetInvitesResult> {
  return (await import("./calls/invites.js")).getInvites(args, opts);
}

export function getInvitesOutput(args?: GetInvitesOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetInvitesResult> {
  return outputOf(getInvites, args, opts);
}
