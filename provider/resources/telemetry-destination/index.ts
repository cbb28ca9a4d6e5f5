import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, withOutputs, withSecretOutputs } from "../resource-options";
import { outputs, secretOutputs, type TelemetryDestinationArgs, type TelemetryDestinationProperties, type TelemetryDestinationState } from "./generated";

export type { TelemetryDestinationArgs, TelemetryDestinationState, TelemetryWorkspaces } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface TelemetryDestination extends TelemetryDestinationProperties {}

/**
 * An OpenTelemetry export destination of the organization (a beta of the Admin API,
 * `telemetry-destinations-2026-08-11`), with the workspaces it covers. Delete removes it.
 */
export class TelemetryDestination extends pulumi.dynamic.Resource {
  constructor(name: string, args: TelemetryDestinationArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: TelemetryDestinationArgs | TelemetryDestinationState, opts?: pulumi.CustomResourceOptions) {
    const headers = argsOrState.headers === undefined ? undefined : pulumi.secret(argsOrState.headers);
    // Reading (`get`): the state goes to the read as it is given, with no defaults.
    const inputs =
      opts?.id !== undefined
        ? { ...argsOrState, headers }
        : { ...argsOrState, headers, displayName: argsOrState.displayName ?? name };
    super(
      dynamicProvider("TelemetryDestination"), name, withOutputs(inputs, outputs), withSecretOutputs(opts, secretOutputs),
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
