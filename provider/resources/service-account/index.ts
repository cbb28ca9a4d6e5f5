import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import { isResourceOf, ownerInput, withOutputs } from "../resource-options";

export interface ServiceAccountArgs {
  /**
   * A slug (lowercase letters, digits, hyphens), unique among the organization's live service accounts;
   * defaults to the resource's logical name. The API cannot rename an account: changing it replaces.
   */
  name?: pulumi.Input<string>;
  /** Free text. Unset leaves the live description alone. Updated in place. */
  description?: pulumi.Input<string>;
  /**
   * `developer` (the API's default) or `admin`. Only an `admin` account can be the target of a rule
   * granting `org:admin`; making or setting one needs a person's token (not a workload's). Updated in place.
   */
  organizationRole?: pulumi.Input<"developer" | "admin">;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** What a ServiceAccount records, for {@link ServiceAccount.get}: each field given is passed to the read as recorded state. */
export interface ServiceAccountState {
  name?: pulumi.Input<string>;
  description?: pulumi.Input<string>;
  organizationRole?: pulumi.Input<string>;
  /** The organization of the stack config to read it from. */
  organization?: pulumi.Input<string>;
}

/**
 * A service account (`svac_...`): the named workload identity federation rules act as. Its endpoints take
 * only an OAuth token (`anthropic:authToken` or `anthropic:federation`), never the admin key. Delete
 * archives it (final: an archived account cannot be restored; its name may be reused).
 */
export class ServiceAccount extends pulumi.dynamic.Resource {
  declare readonly name: pulumi.Output<string>;
  /** As the API reports it; an empty string when the account has none. */
  declare readonly description: pulumi.Output<string>;
  /** `developer` or `admin`, as the API reports it. */
  declare readonly organizationRole: pulumi.Output<string>;

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

/** The outputs users read, registered with every ServiceAccount; the rest is `getServiceAccounts`'s. */
const outputs = ["name", "description", "organizationRole"];
