/** The organization's OpenTelemetry export destinations: where they export, for which workspaces; never a header value. */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

/** Arguments of `getTelemetryDestinations`; all optional. */
export interface GetTelemetryDestinationsArgs {
  /** Only destinations that cover at least one of these workspaces (`wrkspc_...`, at most 100). */
  workspaceIds?: string[];
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getTelemetryDestinationsOutput`: those of `getTelemetryDestinations`, each may be an Input. */
export interface GetTelemetryDestinationsOutputArgs {
  /** Only destinations that cover at least one of these workspaces (`wrkspc_...`, at most 100). */
  workspaceIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: pulumi.Input<string>;
}

export interface TelemetryDestinationInfo {
  /** `tdst_...` */
  id: string;
  endpointUrl: string;
  /** Null when the destination has none. */
  displayName: string | null;
  /** The names of its request headers; the values are write-only and never returned. */
  headerNames: string[];
  /** All workspaces, only those listed, or all but those listed. */
  workspaces: "all" | { include: string[] } | { exclude: string[] };
  /** Whether it receives deliveries. */
  enabled: boolean;
  /** `caller`, `sustained_failure`, `invalid_address` or `redirect` while disabled; null while enabled. */
  disabledReason: string | null;
  /** What exported spans contain: `metadata_only` or `content`. */
  contentMode: string;
  /** The most recent delivery results. */
  deliveryHealth: { lastError: string | null; lastErrorAt: string | null; lastSuccessAt: string | null };
  createdAt: string;
  updatedAt: string;
}

export interface GetTelemetryDestinationsResult {
  destinations: TelemetryDestinationInfo[];
}

/**
 * Every destination, newest first, with its workspace list: one request for the destinations, plus one
 * per destination that lists workspaces (`include`/`exclude`).
 */
export async function getTelemetryDestinations(
  args?: GetTelemetryDestinationsArgs,
  opts?: pulumi.InvokeOptions,
): Promise<GetTelemetryDestinationsResult> {
  return (await import("./calls/telemetry-destinations.js")).getTelemetryDestinations(args, opts);
}

export function getTelemetryDestinationsOutput(
  args?: GetTelemetryDestinationsOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetTelemetryDestinationsResult> {
  return outputOf(getTelemetryDestinations, args, opts);
}
