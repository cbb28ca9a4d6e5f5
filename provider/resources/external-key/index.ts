import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, withOutputs } from "../resource-options";

/** Where the key lives: AWS KMS, Google Cloud KMS or Azure Key Vault. None of these values is a secret. */
export type ExternalKeyProviderConfig =
  | {
      type: "aws";
      /** Full ARN of the KMS key, e.g. `arn:aws:kms:us-east-1:111122223333:key/abcd1234-...`. */
      kmsArn: pulumi.Input<string>;
      /** Derived from `kmsArn` when unset. */
      region?: pulumi.Input<string>;
    }
  | {
      type: "gcp";
      /** Full resource name: `projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k>`. Never changes: a change replaces. */
      keyName: pulumi.Input<string>;
    }
  | {
      type: "azure";
      keyName: pulumi.Input<string>;
      tenantId: pulumi.Input<string>;
      /** `https://<vault>.vault.azure.net` or `https://<hsm>.managedhsm.azure.net`. */
      vaultUri: pulumi.Input<string>;
      /** A single-tenant app registration's application (client) id; unset uses Anthropic's multitenant app. */
      clientId?: pulumi.Input<string>;
    };

export interface ExternalKeyArgs {
  /** The KMS key. Updated in place while no workspace uses the key (a Google Cloud key's change replaces). */
  providerConfig: pulumi.Input<ExternalKeyProviderConfig>;
  /** Defaults to the resource's logical name. Updated in place. */
  displayName?: pulumi.Input<string>;
  /** Data residency geo; only `us`. */
  geo?: pulumi.Input<"us">;
  /** Binds the key to one of your customers' user profiles. Changing it replaces. */
  userProfileId?: pulumi.Input<string>;
  /**
   * Check the key with the API's encrypt/decrypt round trip after create and after a config change (one
   * more request). A failure removes a just-created config and fails the deployment with the KMS's reason.
   */
  validate?: pulumi.Input<boolean>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** What an ExternalKey records, for {@link ExternalKey.get}. */
export interface ExternalKeyState {
  providerConfig?: pulumi.Input<ExternalKeyProviderConfig>;
  displayName?: pulumi.Input<string>;
  geo?: pulumi.Input<"us">;
  userProfileId?: pulumi.Input<string>;
  validate?: pulumi.Input<boolean>;
  /** Whether a workspace (archived ones included) encrypts its data under the key. */
  attached?: pulumi.Input<boolean>;
  /** The organization of the stack config to read it from. */
  organization?: pulumi.Input<string>;
}

/**
 * A customer-managed encryption key (CMEK) configuration; its id (`ekey_...`) is what
 * `Workspace.externalKeyId` takes. Delete deletes it, which the API refuses once any workspace (archived
 * ones included) uses it: set `retainOnDelete` on such a key.
 */
export class ExternalKey extends pulumi.dynamic.Resource {
  declare readonly displayName: pulumi.Output<string>;
  /** Whether a workspace (archived ones included) encrypts its data under the key, as of the last read. */
  declare readonly attached: pulumi.Output<boolean>;

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

/** The outputs users read, registered with every ExternalKey. */
const outputs = ["displayName", "attached"];
