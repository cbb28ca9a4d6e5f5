import type * as pulumi from "@pulumi/pulumi";
import type { WireComplianceSettings } from "../../client/compliance";
import { withoutInternal } from "../declared";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import type { ComplianceSettingsInputs, ComplianceSettingsOutputs } from "./schema";

export const diffSpec: DiffSpec = diffSpecOf(inputChanges);

export function diffComplianceSettings(olds: Partial<ComplianceSettingsOutputs>, news: ComplianceSettingsInputs): pulumi.dynamic.DiffResult {
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}

export function outputsFromWire(inputs: Partial<ComplianceSettingsInputs>, live: WireComplianceSettings): ComplianceSettingsOutputs {
  return { ...withoutInternal(inputs as ComplianceSettingsInputs), state: live.state.type as ComplianceSettingsOutputs["state"] };
}
