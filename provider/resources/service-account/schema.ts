import { z } from "zod";
import { SERVICE_ACCOUNT_ROLES } from "../../client/federation-schemas";
import { declareKind, input, output } from "../declare";
import { slugName } from "../federation-fields";

export const serviceAccountInputs = z.strictObject({
  name: input(slugName("ci-deploy-bot"), {
    description:
      "A slug (lowercase letters, digits, hyphens), unique among the organization's live service accounts. The API " +
      "cannot rename an account: a new name is a new account (the old one is archived).",
    change: "replace",
    defaultsToLogicalName: true,
  }),
  description: input(z.string({ error: "must be a string" }).optional(), {
    description: "Free text. Unset leaves the live description alone.",
    change: "update",
  }),
  organizationRole: input(z.enum(SERVICE_ACCOUNT_ROLES, { error: 'must be "developer" or "admin"' }).optional(), {
    description:
      "`developer` (the API's default) or `admin`; unset leaves the live role alone. Only an `admin` account can be the " +
      "target of a rule granting `org:admin`; making or setting one needs a person's token (not a workload's).",
    change: "update",
  }),
});

export const declaration = declareKind({
  kind: "ServiceAccount",
  inputs: serviceAccountInputs,
  outputs: z.strictObject({
    name: output(z.string(), { description: "The account's name." }),
    description: output(z.string(), { description: "As the API reports it; an empty string when the account has none." }),
    organizationRole: output(z.string(), { description: "`developer` or `admin`, as the API reports it." }),
  }),
});

export type ServiceAccountInputs = z.output<typeof serviceAccountInputs>;

export interface ServiceAccountOutputs extends ServiceAccountInputs {
  /** Live, whether declared or not: an empty string when the account has none. */
  description: string;
  organizationRole: (typeof SERVICE_ACCOUNT_ROLES)[number];
}
