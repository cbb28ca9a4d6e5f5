import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, withOutputs } from "../resource-options";
import { outputs, type FederationIssuerArgs, type FederationIssuerProperties, type FederationIssuerState } from "./generated";

export type { FederationIssuerArgs, FederationIssuerState, FederationJwks } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface FederationIssuer extends FederationIssuerProperties {}

/**
 * An OIDC identity provider (`fdis_...`) the organization trusts for workload identity federation: a CI
 * system or cloud whose identity tokens FederationRules exchange for Anthropic access tokens. Its
 * endpoints take only an OAuth token, never the admin key. Delete archives it (final).
 */
export class FederationIssuer extends pulumi.dynamic.Resource {
  constructor(name: string, args: FederationIssuerArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: FederationIssuerArgs | FederationIssuerState, opts?: pulumi.CustomResourceOptions) {
    // Reading (`get`): the state goes to the read as it is given, with no defaults.
    const inputs = opts?.id !== undefined ? argsOrState : { ...argsOrState, name: argsOrState.name ?? name };
    super(dynamicProvider("FederationIssuer"), name, withOutputs(inputs, outputs), opts, "anthropic", "FederationIssuer");
  }

  /** Reads an existing issuer (`fdis_...`) into the program without managing it: destroy leaves it alone. */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FederationIssuerState, opts?: pulumi.CustomResourceOptions): FederationIssuer {
    // With `id` set, the constructor takes its second argument as state (as generated providers do).
    return new FederationIssuer(name, (state ?? {}) as FederationIssuerArgs, { ...opts, id });
  }

  /** Whether `obj` is a FederationIssuer (by the type Pulumi registered, so across copies of this package too). */
  static override isInstance(obj: unknown): obj is FederationIssuer {
    return isResourceOf("FederationIssuer", obj);
  }
}
