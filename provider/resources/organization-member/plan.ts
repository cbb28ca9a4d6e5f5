import type * as pulumi from "@pulumi/pulumi";
import type { WireUser } from "../../client/schemas";
import { asWritten } from "../../base/canonical";
import { withoutInternal } from "../declared";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import type { OrganizationMemberInputs, OrganizationMemberOutputs } from "./schema";

// Either names the user; the one left unset is filled in from the live user.
export const diffSpec: DiffSpec = diffSpecOf(inputChanges, { keepWhenUnset: ["userId", "email"] });

export function diffOrganizationMember(
  olds: Partial<OrganizationMemberOutputs>,
  news: OrganizationMemberInputs,
): pulumi.dynamic.DiffResult {
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}

export function outputsFromWire(inputs: OrganizationMemberInputs, live: WireUser): OrganizationMemberOutputs {
  return {
    ...withoutInternal(inputs),
    userId: live.id,
    email: asWritten("email", inputs.email, live.email),
    name: live.name,
    role: live.role as OrganizationMemberInputs["role"],
  };
}
