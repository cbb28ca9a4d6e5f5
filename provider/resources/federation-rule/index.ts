import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, ownerInput, withOutputs } from "../resource-options";
import { outputs, type FederationRuleArgs, type FederationRuleProperties, type FederationRuleState } from "./generated";

export type { FederationRuleArgs, FederationRuleState, FederationRuleMatch } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface FederationRule extends FederationRuleProperties {}

/**
 * A workload identity federation rule (`fdrl_...`): identity tokens of an issuer that match it are
 * exchanged for Anthropic access tokens that act as a service account, in one of the rule's workspaces.
 * Its endpoints take only an OAuth token. Delete archives it (token exchange stops at once).
 */
export class FederationRule extends pulumi.dynamic.Resource {
  constructor(name: string, args: FederationRuleArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: FederationRuleArgs | FederationRuleState, opts?: pulumi.CustomResourceOptions) {
    // Reading (`get`): the state goes to the read as it is given, with no defaults.
    const inputs = opts?.id !== undefined ? argsOrState : { ...argsOrState, name: argsOrState.name ?? name, ...ownerInput("FederationRule", name, opts) };
    super(dynamicProvider("FederationRule"), name, withOutputs(inputs, outputs), opts, "anthropic", "FederationRule");
  }

  /**
   * Reads an existing rule (`fdrl_...`) into the program without managing it: destroy leaves it alone.
   * This is how a program uses a rule made in the Console (one granting `org:admin`, say).
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FederationRuleState, opts?: pulumi.CustomResourceOptions): FederationRule {
    // With `id` set, the constructor takes its second argument as state (as generated providers do).
    return new FederationRule(name, (state ?? {}) as FederationRuleArgs, { ...opts, id });
  }

  /** Whether `obj` is a FederationRule (by the type Pulumi registered, so across copies of this package too). */
  static override isInstance(obj: unknown): obj is FederationRule {
    return isResourceOf("FederationRule", obj);
  }
}
