import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, withOutputs } from "../resource-options";

export interface ComplianceSettingsArgs {
  /** `enabled` turns the Compliance API on (and starts capturing organization activity events). In place. */
  state: pulumi.Input<"enabled" | "disabled">;
  /**
   * What delete sets the state to. Unset (the default), delete leaves the setting as it is: removing the
   * resource from the program stops managing compliance, it does not switch it off.
   */
  stateOnDelete?: pulumi.Input<"enabled" | "disabled">;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** What a ComplianceSettings records, for {@link ComplianceSettings.get}. */
export interface ComplianceSettingsState {
  state?: pulumi.Input<"enabled" | "disabled">;
  stateOnDelete?: pulumi.Input<"enabled" | "disabled">;
  /** The organization of the stack config to read it from. */
  organization?: pulumi.Input<string>;
}

/**
 * The organization's compliance settings: one per organization, so declare one per organization in all
 * your stacks. Its id is always `compliance_settings`. Delete leaves the setting as it is unless
 * `stateOnDelete` says otherwise.
 */
export class ComplianceSettings extends pulumi.dynamic.Resource {
  /** `enabled` or `disabled`, as the API reports it. */
  declare readonly state: pulumi.Output<"enabled" | "disabled">;

  constructor(name: string, args: ComplianceSettingsArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: ComplianceSettingsArgs | ComplianceSettingsState, opts?: pulumi.CustomResourceOptions) {
    super(dynamicProvider("ComplianceSettings"), name, withOutputs(argsOrState, ["state"]), opts, "anthropic", "ComplianceSettings");
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
