import type * as pulumi from "@pulumi/pulumi";
import { diffSpecOf } from "../declare";
import { diffInputs, type DiffSpec } from "../diff";
import { declaration, type ServiceAccountWorkspaceInputs, type ServiceAccountWorkspaceOutputs } from "./schema";

export const diffSpec: DiffSpec = diffSpecOf(declaration);

export function diffServiceAccountWorkspace(
  olds: Partial<ServiceAccountWorkspaceOutputs>, news: ServiceAccountWorkspaceInputs,
): pulumi.dynamic.DiffResult {
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}
