import type * as pulumi from "@pulumi/pulumi";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import type { ServiceAccountWorkspaceInputs, ServiceAccountWorkspaceOutputs } from "./schema";

export const diffSpec: DiffSpec = diffSpecOf(inputChanges);

export function diffServiceAccountWorkspace(
  olds: Partial<ServiceAccountWorkspaceOutputs>, news: ServiceAccountWorkspaceInputs,
): pulumi.dynamic.DiffResult {
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}
