import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, withOutputs } from "../resource-options";

/**
 * How Anthropic obtains the issuer's signing keys: OIDC discovery (from `issuerUrl`, or `discoveryBase`),
 * a fixed JWKS URL, or the public keys themselves. Written out rather than imported from the zod schema,
 * so that the package's typings carry no zod types.
 */
export type FederationJwks =
  | { type: "discovery"; discoveryBase?: pulumi.Input<string>; caCertPem?: pulumi.Input<string> }
  | { type: "explicit_url"; url: pulumi.Input<string>; caCertPem?: pulumi.Input<string> }
  | { type: "inline"; keys: pulumi.Input<pulumi.Input<Record<string, unknown>>[]> };

export interface FederationIssuerArgs {
  /** The `iss` claim the identity tokens carry, exactly, e.g. `https://token.actions.githubusercontent.com`. Updated in place. */
  issuerUrl: pulumi.Input<string>;
  /** A slug, unique among live issuers; defaults to the resource's logical name. Updated in place. */
  name?: pulumi.Input<string>;
  /**
   * Where the signing keys come from; public keys only. Unset: OIDC discovery at creation, and the live
   * setting left alone afterwards. Replaced as a whole, in place.
   */
  jwks?: pulumi.Input<FederationJwks>;
  /** Refuse an assertion whose `jti` was seen before (replay protection); the API's default is true. In place. */
  checkJti?: pulumi.Input<boolean>;
  /** Longest iat-to-exp spread accepted, 1-176400 seconds; the API's default is 3600. In place. */
  maxJwtLifetimeSeconds?: pulumi.Input<number>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** What a FederationIssuer records, for {@link FederationIssuer.get}: each field given is passed to the read as recorded state. */
export interface FederationIssuerState {
  issuerUrl?: pulumi.Input<string>;
  name?: pulumi.Input<string>;
  jwks?: pulumi.Input<FederationJwks>;
  checkJti?: pulumi.Input<boolean>;
  maxJwtLifetimeSeconds?: pulumi.Input<number>;
  /** The organization of the stack config to read it from. */
  organization?: pulumi.Input<string>;
}

/**
 * An OIDC identity provider (`fdis_...`) the organization trusts for workload identity federation: a CI
 * system or cloud whose identity tokens FederationRules exchange for Anthropic access tokens. Its
 * endpoints take only an OAuth token, never the admin key. Delete archives it (final).
 */
export class FederationIssuer extends pulumi.dynamic.Resource {
  declare readonly name: pulumi.Output<string>;
  declare readonly issuerUrl: pulumi.Output<string>;
  /** The key source as the API reports it. */
  declare readonly jwks: pulumi.Output<FederationJwks>;
  declare readonly checkJti: pulumi.Output<boolean>;
  declare readonly maxJwtLifetimeSeconds: pulumi.Output<number>;

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

/** The outputs users read, registered with every FederationIssuer; the rest is `getFederationIssuers`'s. */
const outputs = ["name", "issuerUrl", "jwks", "checkJti", "maxJwtLifetimeSeconds"];
