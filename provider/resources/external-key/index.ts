import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, withOutputs } from "../resource-options";
import { outputs, type ExternalKeyArgs, type ExternalKeyProperties, type ExternalKeyState } from "./generated";

export type { ExternalKeyArgs, ExternalKeyState, ExternalKeyProviderConfig } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface ExternalKey extends ExternalKeyProperties {}

/**
 * A customer-managed encryption key (CMEK) configuration; its id (`ekey_...`) is what
 * `Workspace.externalKeyId` takes. Delete deletes it, which the API refuses once any workspace (archived
 * ones included) uses it: set `retainOnDelete` on such a key.
 */
export class ExternalKey extends pulumi.dynamic.Resource {
  constructor(name: string, args: ExternalKeyArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: ExternalKeyArgs | ExternalKeyState, opts?: pulumi.CustomResourceOptions) {
    // Reading (`get`): the state goes to the read as it is given, with no defaults.
    const inputs = opts?.id !== undefined ? argsOrState : { ...argsOrState, displayName: argsOrState.displayName ?? name };
    super(dynamicProvider("ExternalKey"), name, withOutputs(inputs, outputs), opts, "anthropic", "ExternalKey");
  }

  /** Reads an existing external key (`ekey_...`) into the program without managing it: destroy leaves it alone. */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ExternalKeyState, opts?: pulumi.CustomResourceOptions): ExternalKey {
    // With `id` set, the constructor takes its second argument as state (as generated providers do).
    return new ExternalKey(name, (state ?? {}) as ExternalKeyArgs, { ...opts, id });
  }

  /** Whether `obj` is an ExternalKey (by the type Pulumi registered, so across copies of this package too). */
  static override isInstance(obj: unknown): obj is ExternalKey {
    return isResourceOf("ExternalKey", obj);
  }
}
