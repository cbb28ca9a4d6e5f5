import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, withOutputs } from "../resource-options";
import { outputs, type ComplianceSettingsArgs, type ComplianceSettingsProperties, type ComplianceSettingsState } from "./generated";

export type { ComplianceSettingsArgs, ComplianceSettingsState } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface ComplianceSettings extends ComplianceSettingsProperties {}

/**
 * The organization's compliance settings: one per organization, so declare one per organization in all
 * your stacks. Its id is always `compliance_settings`. Delete leaves the setting as it is unless
 * `stateOnDelete` says otherwise.
 */
export class ComplianceSettings extends pulumi.dynamic.Resource {
  constructor(name: string, args: ComplianceSettingsArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: ComplianceSettingsArgs | ComplianceSettingsState, opts?: pulumi.CustomResourceOptions) {
    super(dynamicProvider("ComplianceSettings"), name, withOutputs(argsOrState, outputs), opts, "anthropic", "ComplianceSettings");
  }

  /** Reads the settings (id `compliance_settings`) into the program without managing them. */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ComplianceSettingsState, opts?: pulumi.CustomResourceOptions): ComplianceSettings {
    // With `id` set, the constructor takes its second argument as state (as generated providers do).
    return new ComplianceSettings(name, (state ?? {}) as ComplianceSettingsArgs, { ...opts, id });
  }

  /** Whether `obj` is a ComplianceSettings (by the type Pulumi registered, so across copies of this package too). */
  static override isInstance(obj: unknown): obj is ComplianceSettings {
    return isResourceOf("ComplianceSettings", obj);
  }
}
