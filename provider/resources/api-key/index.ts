import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { ownerInput, withOutputs, withSecretOutputs } from "../resource-options";

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
}

/** An API key. `key` is its secret value: a secret output, stored in state only as ciphertext. */
export class ApiKey extends pulumi.dynamic.Resource {
  declare readonly name: pulumi.Output<string>;
  declare readonly workspaceId: pulumi.Output<string>;
  declare readonly status: pulumi.Output<"active" | "inactive">;
  declare readonly expiresAt: pulumi.Output<string | undefined>;
  /** The key's value (`sk-ant-api03-...`), a secret; null for an adopted key whose `key` was not given. */
  declare readonly key: pulumi.Output<string | null>;
  declare readonly partialKeyHint: pulumi.Output<string | null>;
  declare readonly createdAt: pulumi.Output<string>;
  declare readonly createdBy: pulumi.Output<string | null>;

  constructor(name: string, args: ApiKeyArgs, opts?: pulumi.CustomResourceOptions) {
    const defaultName = args.adoptId === undefined ? name : undefined;
    const key = args.key === undefined ? undefined : pulumi.secret(args.key);
    const props = withOutputs({ ...args, key, name: args.name ?? defaultName, ...ownerInput("ApiKey", name, opts) }, outputs);
    super(dynamicProvider("ApiKey"), name, props, withSecretOutputs(opts, ["key"]), "anthropic", "ApiKey");
  }

  /** Reads an existing API key (its value is not readable) into the program without managing it. */
  static get(name: string, id: pulumi.Input<string>, opts?: pulumi.CustomResourceOptions): ApiKey {
    return new ApiKey(name, {} as ApiKeyArgs, { ...opts, id });
  }
}

/** The outputs users read, registered with every ApiKey; the rest of the live key is `getApiKeys`'s. */
const outputs = ["name", "workspaceId", "status", "key", "partialKeyHint"];
