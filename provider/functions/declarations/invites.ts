/** `getInvites`: invitations to join the organization. */
import { z } from "zod";
import { email } from "../../resources/fields";
import { declareFunction, field, named } from "../declare";
import { organizationArgument } from "../organization-argument";

/** Deleted invites are not listed by the API, so they cannot be asked for. */
const STATUSES = ["pending", "accepted", "expired"] as const;

const invite = named(
  z.object({
    id: field(z.string(), "`invite_...`"),
    email: field(z.string(), "The address invited."),
    role: field(z.string(), "The organization role it grants."),
    status: field(z.string(), "`pending`, `accepted` or `expired`."),
    invitedAt: field(z.string(), "When it was sent (RFC 3339)."),
    expiresAt: field(z.string(), "When it expires (RFC 3339)."),
    acceptedAt: field(z.string().nullable(), "When it was accepted; null until then."),
  }),
  "InviteInfo",
  "An invitation to join the organization.",
);

export const getInvites = declareFunction({
  name: "getInvites",
  description: "Pending, accepted and expired invites (or those of one `status`), following all pages.",
  args: z.strictObject({
    email: field(email().optional(), "Only invites to this address (case does not matter)."),
    status: field(
      z.enum(STATUSES, { error: `must be one of ${STATUSES.join(", ")}` }).optional(),
      "Only invites with this status; default all three (deleted invites are not listed by the API).",
    ),
    organization: organizationArgument,
  }),
  result: z.object({ invites: field(z.array(invite), "The invites.") }),
});
