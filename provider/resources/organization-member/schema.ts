import { z } from "zod";
import { email, organizationRole, userId } from "../fields";

export const organizationMemberInputs = z
  .strictObject({
    /** The existing user to manage, by id ... */
    userId: userId.optional(),
    /** ... or by email (the user must have accepted an invite). */
    email: email.optional(),
    role: organizationRole,
    /** On delete, archive the API keys the user created (the Admin API keeps them otherwise). */
    revokeKeysOnDelete: z.boolean({ error: "must be true or false" }).optional(),
  })
  .superRefine((inputs, ctx) => {
    if (!inputs.userId && !inputs.email) {
      ctx.addIssue({ code: "custom", path: ["userId"], message: "name the user with userId (\"user_...\") or email" });
    }
  });

export type OrganizationMemberInputs = z.output<typeof organizationMemberInputs>;

export interface OrganizationMemberOutputs extends OrganizationMemberInputs {
  userId: string;
  email: string;
  name: string;
}
