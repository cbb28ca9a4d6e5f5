import { z } from "zod";
import { declareKind, input, output } from "../declare";
import { displayName } from "../fields";

export const rbacGroupInputs = z.strictObject({
  name: input(displayName(255), { description: "Need not be unique.", change: "update", defaultsToLogicalName: true }),
});

export const declaration = declareKind({
  kind: "RbacGroup",
  inputs: rbacGroupInputs,
  outputs: z.strictObject({
    name: output(z.string(), { description: "The group's name, as the API reports it." }),
    roleIds: output(z.array(z.string()), { description: "RBAC role ids attached to the group, as of the last read." }),
    sourceType: output(z.string(), {
      description: "`direct` (made in the admin settings or by the API) or `scim` (provisioned by the identity provider).",
      registered: false,
    }),
  }),
});

export type RbacGroupInputs = z.output<typeof rbacGroupInputs>;

export interface RbacGroupOutputs extends RbacGroupInputs {
  /** RBAC role ids attached to the group (managed in the admin settings; read-only here). */
  roleIds: string[];
  /** `direct` (made in the admin settings or by the API) or `scim` (provisioned by the identity provider). */
  sourceType: string;
}
