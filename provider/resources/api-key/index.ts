import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, ownerInput, withOutputs, withSecretOutputs } from "../resource-options";

export interface ApiKeyArgs {
  /**
   * Defaults to the resource's logical name, except when adopting: then an unset name leaves the key's
   * own name alone. Updated in place.
   */
  name?: pulumi.Input<string>;
  /** The workspace (`wrkspc_...`) the key belongs to; required unless adopting. Changing it replaces. */
  workspaceId?: pulumi.Input<string>;
  /** RFC 3339 expiry. Changing it replaces (a new key is made before the old one is revoked). */
  expiresAt?: pulumi.Input<string>;
  /** `active` (default) or `inactive`. Updated in place. */
  status?: pulumi.Input<"active" | "inactive">;
  /** Arbitrary values; changing any of them rotates the key (new key first, then the old one revoked). */
  keepers?: pulumi.Input<Record<string, pulumi.Input<string | number | boolean>>>;
  /** Manage an existing key (`apikey_...`), e.g. one made in the Console. */
  adoptId?: pulumi.Input<string>;
  /**
   * The value of the adopted key, e.g. from `pulumi config --secret` or a secret manager, so that `key`
   * carries it into other resources. Checked against the key's hint before anything is written; always
   * treated as a secret.
   */
  key?: pulumi.Input<string>;
  /** Revoke an adopted key on delete (keys this resource created are always revoked). */
  revokeOnDelete?: pulumi.Input<boolean>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/**
 * What an ApiKey records, for {@link ApiKey.get}: its outputs and the inputs it was declared with. Each
 * field given is passed to the read as recorded state; `organization` picks where it is read, and a
 * `key` given is carried into the `key` output as a secret.
 */
export interface ApiKeyState {
  /** The key's name. */
  name?: pulumi.Input<string>;
  /** The workspace (`wrkspc_...`) the key belongs to. */
  workspaceId?: pulumi.Input<string>;
  /** When the key stops working (RFC 3339). */
  expiresAt?: pulumi.Input<string>;
  /** `active` or `inactive`. */
  status?: pulumi.Input<"active" | "inactive">;
  /** The values whose change rotates the key. */
  keepers?: ApiKeyArgs["keepers"];
  /** The adopted key's id, when the resource adopted one. */
  adoptId?: pulumi.Input<string>;
  /** The key's value (`sk-ant-api03-...`); always treated as a secret. */
  key?: pulumi.Input<string>;
  /** A redacted hint of the value, such as `sk-ant-api03-R2D...igAA`. */
  partialKeyHint?: pulumi.Input<string>;
  /** Whether delete revokes an adopted key. */
  revokeOnDelete?: pulumi.Input<boolean>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** An API key. `key` is its secret value: a secret output, stored in state only as ciphertext. */
export class ApiKey extends pulumi.dynamic.Resource {
  /** The key's name as the API reports it (default the logical name; for an adopted key without `name`, its own). */
  declare readonly name: pulumi.Output<string>;
  /** The workspace (`wrkspc_...`) the key belongs to. */
  declare readonly workspaceId: pulumi.Output<string>;
  /** `active` or `inactive`, as the API reports it (an archived or expired key is gone from the stack). */
  declare readonly status: pulumi.Output<"active" | "inactive">;
  /** When the key stops working (RFC 3339), as the API wrote the declared `expiresAt`; undefined when none was declared. */
  declare readonly expiresAt: pulumi.Output<string | undefined>;
  /**
   * The key's value (`sk-ant-api03-...`), always a secret: shown only at creation, then carried in state
   * as ciphertext. Null for an adopted key whose `key` was not given.
   */
  declare readonly key: pulumi.Output<string | null>;
  /** A redacted hint of the value, such as `sk-ant-api03-R2D...igAA` (not a secret); null when the API gives none. */
  declare readonly partialKeyHint: pulumi.Output<string | null>;

  constructor(name: string, args: ApiKeyArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: ApiKeyArgs | ApiKeyState, opts?: pulumi.CustomResourceOptions) {
    const key = argsOrState.key === undefined ? undefined : pulumi.secret(argsOrState.key);
    // Reading (`get`): the state goes to the read as it is given, with no defaults and no owner.
    const inputs =
      opts?.id !== undefined
        ? { ...argsOrState, key }
        : {
            ...argsOrState,
            key,
            name: argsOrState.name ?? (argsOrState.adoptId === undefined ? name : undefined),
            ...ownerInput("ApiKey", name, opts),
          };
    super(dynamicProvider("ApiKey"), name, withOutputs(inputs, outputs), withSecretOutputs(opts, ["key"]), "anthropic", "ApiKey");
  }

  /**
   * Reads an existing API key (`apikey_...`) into the program without managing it: destroy leaves it
   * alone. Its value cannot be read from the API; give it as `state.key` to carry it (a secret, not checked
   * against the key's hint), and `organization` to read from a named organization.
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ApiKeyState, opts?: pulumi.CustomResourceOptions): ApiKey {
    return new ApiKey(name, state ?? {}, { ...opts, id });
  }

  /**
   * Whether `obj` is an ApiKey. Compares the type Pulumi registered, as Pulumi's own `isInstance`
   * does, so it holds for an instance made by another copy of this package too.
   */
  static override isInstance(obj: unknown): obj is ApiKey {
    return isResourceOf("ApiKey", obj);
  }
}

/** The outputs users read, registered with every ApiKey; the rest of the live key is `getApiKeys`'s. */
const outputs = ["name", "workspaceId", "status", "expiresAt", "key", "partialKeyHint"];
