import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, ownerInput, withOutputs } from "../resource-options";
import { outputs, type ServiceAccountArgs, type ServiceAccountProperties, type ServiceAccountState } from "./generated";

export type { ServiceAccountArgs, ServiceAccountState } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface ServiceAccount extends ServiceAccountProperties {}

/**
 * A service account (`svac_...`): the named workload identity federation rules act as. Its endpoints take
 * only an OAuth token (`anthropic:authToken` or `anthropic:federation`), never the admin key. Delete
 * archives it (final: an archived account cannot be restored; its name may be reused).
 */
export class ServiceAccount extends pulumi.dynamic.Resource {
  constructor(name: string, args?: ServiceAccountArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: ServiceAccountArgs | ServiceAccountState = {}, opts?: pulumi.CustomResourceOptions) {
    // Reading (`get`): the state goes to the read as it is given, with no defaults.
    const inputs = opts?.id !== undefined ? argsOrState : { ...argsOrState, name: argsOrState.name ?? name, ...ownerInput("ServiceAccount", name, opts) };
    super(dynamicProvider("ServiceAccount"), name, withOutputs(inputs, outputs), opts, "anthropic", "ServiceAccount");
  }

  /** Reads an existing service account (`svac_...`) into the program without managing it: destroy leaves it alone. */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceAccountState, opts?: pulumi.CustomResourceOptions): ServiceAccount {
    // With `id` set, the constructor takes its second argument as state (as generated providers do).
    return new ServiceAccount(name, (state ?? {}) as ServiceAccountArgs, { ...opts, id });
  }

  /** Whether `obj` is a ServiceAccount (by the type Pulumi registered, so across copies of this package too). */
  static override isInstance(obj: unknown): obj is ServiceAccount {
    return isResourceOf("ServiceAccount", obj);
  }
}
