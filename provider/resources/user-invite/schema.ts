import { z } from "zod";
import { INVITE_STATUSES } from "../../client/schemas";
import { declareKind, input, output } from "../declare";
import { email, organizationRole, prefixedId } from "../fields";

// An invite cannot be edited: every change replaces it (the old one withdrawn first, see plan.ts).
export const userInviteInputs = z.strictObject({
  email: input(email(), { description: "The address the invitation goes to.", change: "replace" }),
  role: input(organizationRole(), {
    description:
      "`user`, `developer`, `billing`, `claude_code_user` or `managed`; `admin` and the owner roles are refused at " +
      "preview (the Admin API cannot assign them: admins are made in the Console).",
    change: "replace",
  }),
  groups: input(z.array(prefixedId("rbac_group_", "an RBAC group id")).optional(), {
    description: "RBAC group ids (`rbac_group_...`) the user joins on accepting; Claude Enterprise organizations only.",
    change: "replace",
  }),
});

export const declaration = declareKind({
  kind: "UserInvite",
  inputs: userInviteInputs,
  outputs: z.strictObject({
    email: output(z.string(), {
      description: "The address the invitation went to (as the program wrote it, where the API reports it in another case).",
    }),
    role: output(z.string(), { description: "The organization role the invite gives, as the API reports it." }),
    groups: output(z.array(z.string()).optional(), { description: "RBAC group ids joined on acceptance; undefined when the invite names none." }),
    status: output(z.enum(INVITE_STATUSES), {
      description:
        "`pending` until the person accepts, then `accepted`. An invite found `expired` or `deleted` is gone from the " +
        "stack at refresh (the next `up` invites again).",
    }),
    expiresAt: output(z.string(), { description: "When the invite lapses if it is not accepted (RFC 3339)." }),
  }),
});

export type UserInviteInputs = z.output<typeof userInviteInputs>;

export interface UserInviteOutputs extends UserInviteInputs {
  status: "pending" | "accepted" | "expired" | "deleted";
  expiresAt: string;
}
