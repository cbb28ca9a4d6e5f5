/** `getUsers`: the members of the organization. */
import { z } from "zod";
import { email } from "../../resources/fields";
import { declareFunction, field, named } from "../declare";
import { organizationArgument } from "../organization-argument";

const user = named(
  z.object({
    id: field(z.string(), "`user_...`"),
    email: field(z.string(), "The member's email address."),
    name: field(z.string(), "The member's name."),
    role: field(z.string(), "Organization role, e.g. `developer`, `admin`."),
    addedAt: field(z.string(), "When they joined (RFC 3339)."),
  }),
  "UserInfo",
  "A member of the organization.",
);

export const getUsers = declareFunction({
  name: "getUsers",
  description: "Every member, in the API's order, following all pages.",
  args: z.strictObject({
    email: field(email().optional(), "Only the member with this email (case does not matter)."),
    organization: organizationArgument,
  }),
  result: z.object({ users: field(z.array(user), "The members.") }),
});
