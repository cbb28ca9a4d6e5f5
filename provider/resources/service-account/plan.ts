import type * as pulumi from "@pulumi/pulumi";
import type { ServiceAccountCreateBody, ServiceAccountUpdateBody, WireServiceAccount } from "../../client/federation-schemas";
import { withoutInternal } from "../declared";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import { ownerOf, withOwnerLine, withoutOwnerLine } from "../owner";
import type { ServiceAccountInputs, ServiceAccountOutputs } from "./schema";

/** Pure planning for ServiceAccount: what changed, the update body, the outputs. No I/O here. */

/** The API cannot rename a service account, so a new name is a new account (the old one is archived). */
export const diffSpec: DiffSpec = diffSpecOf(inputChanges, { keepWhenUnset: ["description", "organizationRole"] });

export function diffServiceAccount(olds: Partial<ServiceAccountOutputs>, news: ServiceAccountInputs): pulumi.dynamic.DiffResult {
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}

/** The create body; the description carries the owner line that lets a repeated create find its leftover. */
export function createBody(inputs: ServiceAccountInputs): ServiceAccountCreateBody {
  const description = withOwnerLine(inputs.description, ownerOf(inputs));
  return {
    name: inputs.name,
    ...(description !== undefined ? { description } : {}),
    ...(inputs.organizationRole !== undefined ? { organization_role: inputs.organizationRole } : {}),
  };
}

/** The update body that brings the account from `current` to the inputs, or undefined when nothing differs. */
export function updateBody(current: Partial<ServiceAccountOutputs>, inputs: ServiceAccountInputs): ServiceAccountUpdateBody | undefined {
  const body: ServiceAccountUpdateBody = {};
  if (inputs.description !== undefined && inputs.description !== current.description) {
    body.description = withOwnerLine(inputs.description, ownerOf(inputs));
  }
  if (inputs.organizationRole !== undefined && inputs.organizationRole !== current.organizationRole) body.organization_role = inputs.organizationRole;
  return Object.keys(body).length > 0 ? body : undefined;
}

/** What state records: the declared inputs with live values, and what users read of the account. */
export function outputsFromWire(inputs: Partial<ServiceAccountInputs>, live: WireServiceAccount): ServiceAccountOutputs {
  return {
    ...withoutInternal(inputs as ServiceAccountInputs),
    name: live.name,
    description: withoutOwnerLine(live.description),
    organizationRole: live.organization_role as ServiceAccountOutputs["organizationRole"],
  };
}
