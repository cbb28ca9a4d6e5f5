/** Invitations to join the organization. */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

/** Arguments of `getInvites`; all optional. */
export interface GetInvitesArgs {
  /** Only invites to this address (case does not matter). */
  email?: string;
  /** Only invites with this status; default all three (deleted invites are not listed by the API). */
  status?: "pending" | "accepted" | "expired";
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getInvitesOutput`: those of `getInvites`, each may be an Input. */
export interface GetInvitesOutputArgs {
  /** Only invites to this address (case does not matter). */
  email?: pulumi.Input<string>;
  /** Only invites with this status; default all three (deleted invites are not listed by the API). */
  status?: pulumi.Input<"pending" | "accepted" | "expired">;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: pulumi.Input<string>;
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
