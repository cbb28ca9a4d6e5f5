import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, ownerInput, withOutputs, withSecretOutputs } from "../resource-options";
import { outputs, secretOutputs, type ApiKeyArgs, type ApiKeyProperties, type ApiKeyState } from "./generated";

export type { ApiKeyArgs, ApiKeyState } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface ApiKey extends ApiKeyProperties {}

/** An API key. `key` is its secret value: a secret output, stored in state only as ciphertext. */
export class ApiKey extends pulumi.dynamic.Resource {
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
    super(dynamicProvider("ApiKey"), name, withOutputs(inputs, outputs), withSecretOutputs(opts, secretOutputs), "anthropic", "ApiKey");
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
