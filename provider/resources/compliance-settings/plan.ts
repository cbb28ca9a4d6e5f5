import type * as pulumi from "@pulumi/pulumi";
import type { WireComplianceSettings } from "../../client/compliance";
import { withoutInternal } from "../declared";
import { diffInputs } from "../diff";
import type { ComplianceSettingsInputs, ComplianceSettingsOutputs } from "./schema";

export function diffComplianceSettings(olds: Partial<ComplianceSettingsOutputs>, news: ComplianceSettingsInputs): pulumi.dynamic.DiffResult {
  // There is only ever the one object: nothing replaces it.
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, { updates: ["state", "stateOnDelete"], replaces: [] });
}

export function outputsFromWire(inputs: Partial<ComplianceSettingsInputs>, live: WireComplianceSettings): ComplianceSettingsOutputs {
  return { ...withoutInternal(inputs as ComplianceSettingsInputs), state: live.state.type as ComplianceSettingsOutputs["state"] };
}
