/** `getTelemetryDestinations` itself: loaded on its first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect, type AdminClient } from "../../client";
import type { WireTelemetryDestination } from "../../client/telemetry-schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { getTelemetryDestinations as declared } from "../declarations/telemetry-destinations";
import type { GetTelemetryDestinationsArgs, GetTelemetryDestinationsResult, TelemetryDestinationInfo } from "../generated/telemetry-destinations";

async function destinationInfo(client: AdminClient, d: WireTelemetryDestination): Promise<TelemetryDestinationInfo> {
  const type = d.workspaces.type;
  const listed = type === "all" ? [] : (await collect(client.listTelemetryDestinationWorkspaces(d.id))).map((w) => w.workspace_id);
  return {
    id: d.id,
    endpointUrl: d.endpoint_url,
    displayName: d.display_name,
    headerNames: [...d.header_names],
    workspaces: type === "include" ? { include: listed } : type === "exclude" ? { exclude: listed } : "all",
    enabled: d.state.type === "enabled",
    disabledReason: d.state.type === "enabled" ? null : (d.state.reason?.type ?? null),
    contentMode: d.traces.content_mode,
    deliveryHealth: {
      lastError: d.delivery_health.last_error,
      lastErrorAt: d.delivery_health.last_error_at,
      lastSuccessAt: d.delivery_health.last_success_at,
    },
    createdAt: d.created_at,
    updatedAt: d.updated_at,
  };
}

export async function getTelemetryDestinations(
  args?: GetTelemetryDestinationsArgs,
  _opts?: pulumi.InvokeOptions,
): Promise<GetTelemetryDestinationsResult> {
  const { organization, workspaceIds } = parseArgs("getTelemetryDestinations", declared.args, args);
  const client = functionClient("getTelemetryDestinations", organization);
  const destinations = await collect(client.listTelemetryDestinations({ workspaceIds }));
  return { destinations: await Promise.all(destinations.map((d) => destinationInfo(client, d))) };
}
