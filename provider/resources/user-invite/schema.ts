import { z } from "zod";
import { email, organizationRole, prefixedId } from "../fields";

export const userInviteInputs = z.strictObject({
  email,
  role: organizationRole,
  /** RBAC group ids the user joins on accepting (Claude Enterprise organizations with RBAC groups). */
  groups: z.array(prefixedId("rbac_group_", "an RBAC group id")).optional(),
});

export type UserInviteInputs = z.output<typeof userInviteInputs>;

export interface UserInviteOutputs extends UserInviteInputs {
  status: "pending" | "accepted" | "expired" | "deleted";
  expiresAt: string;
}
