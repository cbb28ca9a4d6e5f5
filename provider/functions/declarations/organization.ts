/** `getOrganization`: the organization the credentials belong to. */
import { z } from "zod";
import { declareFunction, field } from "../declare";
import { organizationArgument } from "../organization-argument";

export const getOrganization = declareFunction({
  name: "getOrganization",
  description: "`GET /v1/organizations/me`: the organization the admin key belongs to.",
  args: z.strictObject({ organization: organizationArgument }),
  resultName: "OrganizationInfo",
  result: z.object({
    id: field(z.string(), "The organization's id (a UUID on api.anthropic.com)."),
    name: field(z.string(), "The organization's name."),
  }),
});
