import type * as pulumi from "@pulumi/pulumi";
import type { WireRbacGroup } from "../../client/rbac";
import { withoutInternal } from "../declared";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import type { RbacGroupInputs, RbacGroupOutputs } from "./schema";

export const diffSpec: DiffSpec = diffSpecOf(inputChanges);

export function diffRbacGroup(olds: Partial<RbacGroupOutputs>, news: RbacGroupInputs): pulumi.dynamic.DiffResult {
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}

/**
 * What state records. The API answers `role_ids: null` when it could not read role data this time; that
 * is not "no roles", so the roles recorded before are kept.
 */
export function outputsFromWire(inputs: Partial<RbacGroupInputs>, live: WireRbacGroup, previousRoleIds: string[] = []): RbacGroupOutputs {
  return {
    ...withoutInternal(inputs as RbacGroupInputs),
    name: live.name,
    roleIds: live.role_ids ?? previousRoleIds,
    sourceType: live.source_type,
  };
}
