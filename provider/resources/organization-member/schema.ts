import { z } from "zod";
import { declareKind, input, output } from "../declare";
import { email, organizationRole, userId } from "../fields";

export const organizationMemberInputs = z
  .strictObject({
    userId: input(userId().optional(), { description: "The existing user (`user_...`) to manage; or give `email`.", change: "replace" }),
    email: input(email().optional(), {
      description: "The user's email, for users who joined by invite (they must have accepted it).",
      change: "replace",
    }),
    role: input(organizationRole(), {
      description: "Organization role: `user`, `developer`, `billing`, `claude_code_user` or `managed`.",
      change: "update",
    }),
    revokeKeysOnDelete: input(z.boolean({ error: "must be true or false" }).optional(), {
      description: "On delete, archive the API keys the user created (the Admin API keeps them otherwise). Default true.",
      change: "update",
    }),
  })
  .superRefine((inputs, ctx) => {
    if (!inputs.userId && !inputs.email) {
      ctx.addIssue({ code: "custom", path: ["userId"], message: "name the user with userId (\"user_...\") or email" });
    }
  });

export const declaration = declareKind({
  kind: "OrganizationMember",
  inputs: organizationMemberInputs,
  outputs: z.strictObject({
    userId: output(z.string(), { description: "The user (`user_...`), also when the member was named by email." }),
    email: output(z.string(), { description: "The user's email (as the program wrote it, where the API reports it in another case)." }),
    name: output(z.string(), { description: "The user's name, as the API reports it." }),
    role: output(z.string(), { description: "The user's organization role, as the API reports it (a change made elsewhere shows at refresh)." }),
  }),
});

export type OrganizationMemberInputs = z.output<typeof organizationMemberInputs>;

export interface OrganizationMemberOutputs extends OrganizationMemberInputs {
  userId: string;
  email: string;
  name: string;
}
