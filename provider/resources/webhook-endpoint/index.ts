import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, withOutputs, withSecretOutputs } from "../resource-options";

/**
 * Event types an organization webhook endpoint can receive. Written out rather than imported from the
 * wire schema, so that the package's typings carry no zod types.
 */
export type WebhookEventType =
  | "external_key.failed"
  | "external_key.recovered"
  | "external_storage.failed"
  | "external_storage.recovered"
  | "user_profile.enforcement_action_opened"
  | "user_profile.enforcement_action_resolved"
  | "user_profile.program_status_updated";

export interface WebhookEndpointArgs {
  /** The `https://` URL deliveries are sent to. Updated in place. */
  url: pulumi.Input<string>;
  /** The event types delivered (at least one; a set). Updated in place. */
  events: pulumi.Input<pulumi.Input<WebhookEventType>[]>;
  /** A short label; defaults to the resource's logical name. Updated in place. */
  name?: pulumi.Input<string>;
  /** Notes about the endpoint. Updated in place. */
  description?: pulumi.Input<string>;
  /**
   * `false` stops deliveries (events meanwhile are never delivered), `true` resumes them, also after
   * Anthropic disabled the endpoint. Unset leaves the live state alone. Updated in place.
   */
  enabled?: pulumi.Input<boolean>;
  /** Arbitrary values; changing any of them regenerates the signing secret in place (the old one stops working at once). */
  keepers?: pulumi.Input<Record<string, pulumi.Input<string | number | boolean>>>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** What a WebhookEndpoint records, for {@link WebhookEndpoint.get}: each field given is passed to the read as recorded state. */
export interface WebhookEndpointState {
  url?: pulumi.Input<string>;
  events?: pulumi.Input<pulumi.Input<WebhookEventType>[]>;
  name?: pulumi.Input<string>;
  description?: pulumi.Input<string>;
  enabled?: pulumi.Input<boolean>;
  keepers?: WebhookEndpointArgs["keepers"];
  /** The signing secret, when known from elsewhere; always treated as a secret. */
  signingSecret?: pulumi.Input<string>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings.
   */
  organization?: pulumi.Input<string>;
}

/**
 * An organization webhook endpoint (a beta of the Admin API, `webhooks-2026-10-07`). `signingSecret` is
 * a secret output, stored in state only as ciphertext: the API returns it only when the endpoint is
 * made and when it is regenerated (a `keepers` change). Delete removes the endpoint.
 */
export class WebhookEndpoint extends pulumi.dynamic.Resource {
  /** The endpoint's label as the API reports it. */
  declare readonly name: pulumi.Output<string>;
  declare readonly url: pulumi.Output<string>;
  declare readonly events: pulumi.Output<WebhookEventType[]>;
  /** Whether deliveries are sent, as the API reports it. */
  declare readonly enabled: pulumi.Output<boolean>;
  /** Why Anthropic disabled the endpoint; an empty string when it is enabled or a caller disabled it. */
  declare readonly disabledReason: pulumi.Output<string>;
  /** The secret deliveries are signed with (`whsec_...`), always a secret; null for an endpoint read with `get` without it. */
  declare readonly signingSecret: pulumi.Output<string | null>;

  constructor(name: string, args: WebhookEndpointArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: WebhookEndpointArgs | WebhookEndpointState, opts?: pulumi.CustomResourceOptions) {
    const state = argsOrState as WebhookEndpointState;
    const signingSecret = state.signingSecret === undefined ? undefined : pulumi.secret(state.signingSecret);
    // Reading (`get`): the state goes to the read as it is given, with no defaults.
    const inputs = opts?.id !== undefined ? { ...argsOrState, signingSecret } : { ...argsOrState, name: argsOrState.name ?? name };
    super(
      dynamicProvider("WebhookEndpoint"), name, withOutputs(inputs, outputs), withSecretOutputs(opts, ["signingSecret"]),
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

/** The outputs users read, registered with every WebhookEndpoint; the rest is `getWebhooks`'s. */
const outputs = ["name", "url", "events", "enabled", "disabledReason", "signingSecret"];
