import { z } from "zod";
import { SERVICE_ACCOUNT_ROLES } from "../../client/federation-schemas";
import { slugName } from "../federation-fields";

export const serviceAccountInputs = z.strictObject({
  /** A slug, unique among live service accounts; fixed once created (a change replaces). */
  name: slugName("ci-deploy-bot"),
  /** Free text; unset leaves the live description alone. */
  description: z.string({ error: "must be a string" }).optional(),
  /** `developer` (the API's default) or `admin`; unset leaves the live role alone. */
  organizationRole: z.enum(SERVICE_ACCOUNT_ROLES, { error: 'must be "developer" or "admin"' }).optional(),
});

export type ServiceAccountInputs = z.output<typeof serviceAccountInputs>;

export interface ServiceAccountOutputs extends ServiceAccountInputs {
  /** Live, whether declared or not: an empty string when the account has none. */
  description: string;
  organizationRole: (typeof SERVICE_ACCOUNT_ROLES)[number];
}
