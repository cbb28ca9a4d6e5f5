/**
 * Telemetry (OpenTelemetry export) destinations: `/v1/organizations/telemetry_destinations`, and the
 * per-workspace list of each (`.../{id}/workspaces/{workspace_id}`). A beta: every request carries
 * `anthropic-beta: telemetry-destinations-2026-08-11`.
 */
import { cursorPageSchema, paginateByCursor } from "./pagination";
import { request, type RequestContext } from "./request";
import { deletedSchema, type WireDeleted } from "./schemas";
import {
  TelemetryDestinationCreateBody, TelemetryDestinationSchema, TelemetryDestinationUpdateBody,
  TelemetryDestinationWorkspaceDeletedSchema, TelemetryDestinationWorkspaceSchema,
  type WireTelemetryDestination, type WireTelemetryDestinationWorkspace, type WireTelemetryDestinationWorkspaceDeleted,
} from "./telemetry-schemas";

const TELEMETRY_BETA = "telemetry-destinations-2026-08-11";
const headers = { "anthropic-beta": TELEMETRY_BETA };

export interface ListTelemetryDestinationsParams {
  /** Only destinations that cover at least one of these workspaces (at most 100). */
  workspaceIds?: string[];
}

export interface TelemetryDestinationsApi {
  /** Not retried once it may have reached the server. */
  createTelemetryDestination(body: TelemetryDestinationCreateBody): Promise<WireTelemetryDestination>;
  /** Newest first. */
  listTelemetryDestinations(params?: ListTelemetryDestinationsParams): AsyncIterable<WireTelemetryDestination>;
  getTelemetryDestination(destinationId: string): Promise<WireTelemetryDestination>;
  updateTelemetryDestination(destinationId: string, body: TelemetryDestinationUpdateBody): Promise<WireTelemetryDestination>;
  deleteTelemetryDestination(destinationId: string): Promise<WireDeleted<"telemetry_destination_deleted">>;
  /** The workspaces on an `include`/`exclude` destination's list (empty for `all`), newest entry first. */
  listTelemetryDestinationWorkspaces(destinationId: string): AsyncIterable<WireTelemetryDestinationWorkspace>;
  /** Adding a workspace already on the list answers its existing entry. */
  addTelemetryDestinationWorkspace(destinationId: string, workspaceId: string): Promise<WireTelemetryDestinationWorkspace>;
  removeTelemetryDestinationWorkspace(destinationId: string, workspaceId: string): Promise<WireTelemetryDestinationWorkspaceDeleted>;
}

const DestinationsPage = cursorPageSchema(TelemetryDestinationSchema);
const WorkspacesPage = cursorPageSchema(TelemetryDestinationWorkspaceSchema);

export function telemetryDestinationsApi(ctx: RequestContext): TelemetryDestinationsApi {
  const base = "telemetry_destinations";
  return {
    createTelemetryDestination: (body) =>
      request(ctx, {
        operation: "createTelemetryDestination", method: "POST", path: [base], body, bodySchema: TelemetryDestinationCreateBody,
        headers, schema: TelemetryDestinationSchema,
      }),
    listTelemetryDestinations: (params = {}) =>
      paginateByCursor("listTelemetryDestinations", (page) =>
        request(ctx, {
          operation: "listTelemetryDestinations", method: "GET", path: [base], headers,
          query: { workspace_ids: params.workspaceIds, page },
          schema: DestinationsPage,
        }),
      ),
    getTelemetryDestination: (destinationId) =>
      request(ctx, {
        operation: "getTelemetryDestination", method: "GET", path: [base, destinationId], headers, schema: TelemetryDestinationSchema,
      }),
    updateTelemetryDestination: (destinationId, body) =>
      request(ctx, {
        operation: "updateTelemetryDestination", method: "POST", path: [base, destinationId], body,
        bodySchema: TelemetryDestinationUpdateBody, headers,
        // The body is the desired state of the fields it names: resending it (after a 409 from a
        // concurrent change, or a lost answer) has the same effect.
        idempotent: true,
        schema: TelemetryDestinationSchema,
      }),
    deleteTelemetryDestination: (destinationId) =>
      request(ctx, {
        operation: "deleteTelemetryDestination", method: "DELETE", path: [base, destinationId], headers,
        schema: deletedSchema("telemetry_destination_deleted"),
      }),
    listTelemetryDestinationWorkspaces: (destinationId) =>
      paginateByCursor("listTelemetryDestinationWorkspaces", (page) =>
        request(ctx, {
          operation: "listTelemetryDestinationWorkspaces", method: "GET", path: [base, destinationId, "workspaces"], headers,
          query: { page },
          schema: WorkspacesPage,
        }),
      ),
    addTelemetryDestinationWorkspace: (destinationId, workspaceId) =>
      request(ctx, {
        operation: "addTelemetryDestinationWorkspace", method: "POST", path: [base, destinationId, "workspaces", workspaceId], headers,
        idempotent: true,
        schema: TelemetryDestinationWorkspaceSchema,
      }),
    removeTelemetryDestinationWorkspace: (destinationId, workspaceId) =>
      request(ctx, {
        operation: "removeTelemetryDestinationWorkspace", method: "DELETE", path: [base, destinationId, "workspaces", workspaceId],
        headers, schema: TelemetryDestinationWorkspaceDeletedSchema,
      }),
  };
}
