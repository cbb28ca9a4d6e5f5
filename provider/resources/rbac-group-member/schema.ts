import { z } from "zod";
import { declareKind, input, output } from "../declare";
import { prefixedId, userId } from "../fields";

export const rbacGroupId = prefixedId("rbac_group_", "an RBAC group id");

export const rbacGroupMemberInputs = z.strictObject({
  rbacGroupId: input(rbacGroupId, { description: "The group (`rbac_group_...`), e.g. an RbacGroup's `id`.", change: "replace" }),
  userId: input(userId(), { description: "The user (`user_...`), e.g. an OrganizationMember's `userId`.", change: "replace" }),
});

export const declaration = declareKind({
  kind: "RbacGroupMember",
  inputs: rbacGroupMemberInputs,
  outputs: z.strictObject({
    rbacGroupId: output(z.string(), { description: "The group (`rbac_group_...`)." }),
    userId: output(z.string(), { description: "The user (`user_...`)." }),
    email: output(z.string(), { description: "The member's email, as the API reports it." }),
  }),
});

export type RbacGroupMemberInputs = z.output<typeof rbacGroupMemberInputs>;

export interface RbacGroupMemberOutputs extends RbacGroupMemberInputs {
  email: string;
}
