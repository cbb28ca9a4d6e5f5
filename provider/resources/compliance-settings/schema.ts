import { z } from "zod";
import { declareKind, input, output } from "../declare";

const state = z.enum(["enabled", "disabled"], { error: 'must be "enabled" or "disabled"' });

// There is only ever the one object: nothing replaces it.
export const complianceSettingsInputs = z.strictObject({
  state: input(state, {
    description: "`enabled` turns the Compliance API on (and starts capturing organization activity events); or `disabled`.",
    change: "update",
  }),
  stateOnDelete: input(state.optional(), {
    description:
      "What delete sets the state to (no request until then). Unset (the default), delete leaves the setting as it is: " +
      "removing the resource from the program stops managing compliance, it does not switch it off.",
    change: "update",
  }),
});

export const declaration = declareKind({
  kind: "ComplianceSettings",
  inputs: complianceSettingsInputs,
  outputs: z.strictObject({ state: output(state, { description: "`enabled` or `disabled`, as the API reports it." }) }),
});

export type ComplianceSettingsInputs = z.output<typeof complianceSettingsInputs>;
export type ComplianceSettingsOutputs = ComplianceSettingsInputs;
