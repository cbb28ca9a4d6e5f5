import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, withOutputs, withSecretOutputs } from "../resource-options";

/** All workspaces (also those made later), only the listed ones, or all but the listed ones. */
export type TelemetryWorkspaces =
  | "all"
  | { include: pulumi.Input<pulumi.Input<string>[]> }
  | { exclude: pulumi.Input<pulumi.Input<string>[]> };

export interface TelemetryDestinationArgs {
  /**
   * The base URL of the collector's OTLP/HTTP endpoint, e.g. `https://gateway.example.com` (https, a
   * hostname, port 443, no query); the API appends `/v1/traces`. Updated in place; a new host or port
   * makes the API drop the registered headers, so they are sent again in the same request.
   */
  endpointUrl: pulumi.Input<string>;
  /** A human-readable name (1 to 255 characters); defaults to the resource's logical name. Updated in place. */
  displayName?: pulumi.Input<string>;
  /**
   * Request headers sent with every delivery, typically the collector's `authorization`. Always treated
   * as secrets: ciphertext in state, never shown in a plan, an error or an audit record. The API never
   * returns header values, only their names: a value changed outside Pulumi cannot be seen by refresh
   * (a header added or removed outside Pulumi can, and is put back by the next `up`). Updated in place.
   */
  headers?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** Which workspaces' spans are exported; default `"all"`. List changes are applied one workspace at a time. */
  workspaces?: pulumi.Input<TelemetryWorkspaces>;
  /** `false` stops deliveries, `true` resumes them (also after the API disabled a failing destination). Unset leaves the live state alone. */
  enabled?: pulumi.Input<boolean>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** What a TelemetryDestination records, for {@link TelemetryDestination.get}: each field given is passed to the read as recorded state. */
export interface TelemetryDestinationState {
  endpointUrl?: pulumi.Input<string>;
  displayName?: pulumi.Input<string>;
  /** Header values known from elsewhere (the API never returns them); always treated as secrets. */
  headers?: TelemetryDestinationArgs["headers"];
  workspaces?: pulumi.Input<TelemetryWorkspaces>;
  enabled?: pulumi.Input<boolean>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings.
   */
  organization?: pulumi.Input<string>;
}

/**
 * An OpenTelemetry export destination of the organization (a beta of the Admin API,
 * `telemetry-destinations-2026-08-11`), with the workspaces it covers. Delete removes it.
 */
export class TelemetryDestination extends pulumi.dynamic.Resource {
  declare readonly endpointUrl: pulumi.Output<string>;
  /** The name as the API reports it; undefined when the destination has none. */
  declare readonly displayName: pulumi.Output<string | undefined>;
  /** The names of the registered headers (their values are write-only). */
  declare readonly headerNames: pulumi.Output<string[]>;
  /** The declared headers, a secret. */
  declare readonly headers: pulumi.Output<Record<string, string> | undefined>;
  declare readonly workspaces: pulumi.Output<"all" | { include: string[] } | { exclude: string[] }>;
  /** Whether the destination receives deliveries, as the API reports it. */
  declare readonly enabled: pulumi.Output<boolean>;
  /** Why it is disabled (`caller`, `sustained_failure`, `invalid_address`, `redirect`); null while enabled. */
  declare readonly disabledReason: pulumi.Output<string | null>;

  constructor(name: string, args: TelemetryDestinationArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: TelemetryDestinationArgs | TelemetryDestinationState, opts?: pulumi.CustomResourceOptions) {
    const headers = argsOrState.headers === undefined ? undefined : pulumi.secret(argsOrState.headers);
    // Reading (`get`): the state goes to the read as it is given, with no defaults.
    const inputs =
      opts?.id !== undefined
        ? { ...argsOrState, headers }
        : { ...argsOrState, headers, displayName: argsOrState.displayName ?? name };
    super(
      dynamicProvider("TelemetryDestination"), name, withOutputs(inputs, outputs), withSecretOutputs(opts, ["headers"]),
      "anthropic", "TelemetryDestination",
    );
  }

  /** Reads an existing destination (`tdst_...`) into the program without managing it. */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: TelemetryDestinationState, opts?: pulumi.CustomResourceOptions): TelemetryDestination {
    return new TelemetryDestination(name, (state ?? {}) as TelemetryDestinationArgs, { ...opts, id });
  }

  /** Whether `obj` is a TelemetryDestination, by the type Pulumi registered (holds across copies of this package). */
  static override isInstance(obj: unknown): obj is TelemetryDestination {
    return isResourceOf("TelemetryDestination", obj);
  }
}

/** The outputs users read, registered with every TelemetryDestination; the rest is `getTelemetryDestinations`'s. */
const outputs = ["endpointUrl", "displayName", "headerNames", "headers", "workspaces", "enabled", "disabledReason"];
