import { z } from "zod";

const state = z.enum(["enabled", "disabled"], { error: 'must be "enabled" or "disabled"' });

export const complianceSettingsInputs = z.strictObject({
  /** Whether the Compliance API is on (and organization activity events are captured). */
  state,
  /** The state delete sets; unset, delete leaves the setting as it is. */
  stateOnDelete: state.optional(),
});

export type ComplianceSettingsInputs = z.output<typeof complianceSettingsInputs>;
export type ComplianceSettingsOutputs = ComplianceSettingsInputs;

/** The settings are one per organization, addressed without an id: every resource of the kind has this one. */
export const COMPLIANCE_SETTINGS_ID = "compliance_settings";
