import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, withOutputs, withSecretOutputs } from "../resource-options";
import { outputs, secretOutputs, type WebhookEndpointArgs, type WebhookEndpointProperties, type WebhookEndpointState } from "./generated";

export type { WebhookEndpointArgs, WebhookEndpointState, WebhookEventType } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface WebhookEndpoint extends WebhookEndpointProperties {}

/**
 * An organization webhook endpoint (a beta of the Admin API, `webhooks-2026-10-07`). `signingSecret` is
 * a secret output, stored in state only as ciphertext: the API returns it only when the endpoint is
 * made and when it is regenerated (a `keepers` change). Delete removes the endpoint.
 */
export class WebhookEndpoint extends pulumi.dynamic.Resource {
  constructor(name: string, args: WebhookEndpointArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: WebhookEndpointArgs | WebhookEndpointState, opts?: pulumi.CustomResourceOptions) {
    const state = argsOrState as WebhookEndpointState;
    const signingSecret = state.signingSecret === undefined ? undefined : pulumi.secret(state.signingSecret);
    // Reading (`get`): the state goes to the read as it is given, with no defaults.
    const inputs = opts?.id !== undefined ? { ...argsOrState, signingSecret } : { ...argsOrState, name: argsOrState.name ?? name };
    super(
      dynamicProvider("WebhookEndpoint"), name, withOutputs(inputs, outputs), withSecretOutputs(opts, secretOutputs),
      "anthropic", "WebhookEndpoint",
    );
  }

  /** Reads an existing endpoint into the program without managing it (its signing secret cannot be read: give it as `state.signingSecret`). */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WebhookEndpointState, opts?: pulumi.CustomResourceOptions): WebhookEndpoint {
    return new WebhookEndpoint(name, (state ?? {}) as WebhookEndpointArgs, { ...opts, id });
  }

  /** Whether `obj` is a WebhookEndpoint, by the type Pulumi registered (holds across copies of this package). */
  static override isInstance(obj: unknown): obj is WebhookEndpoint {
    return isResourceOf("WebhookEndpoint", obj);
  }
}
