import { z } from "zod";
import { displayName } from "../fields";

export const rbacGroupInputs = z.strictObject({
  /** Defaults to the logical name. Names need not be unique. */
  name: displayName(255),
});

export type RbacGroupInputs = z.output<typeof rbacGroupInputs>;

export interface RbacGroupOutputs extends RbacGroupInputs {
  /** RBAC role ids attached to the group (managed in the admin settings; read-only here). */
  roleIds: string[];
  /** `direct` (made in the admin settings or by the API) or `scim` (provisioned by the identity provider). */
  sourceType: string;
}
