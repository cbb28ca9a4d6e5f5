/**
 * Telemetry destinations on the wire (`/v1/organizations/telemetry_destinations`, beta
 * `telemetry-destinations-2026-08-11`), as @anthropic-ai/sdk's `resources/beta/organization/
 * telemetry-destinations` types describe them. Header values are write-only: requests carry them,
 * no response does (`header_names` only), and no schema here ever describes a value in a message.
 */
import { z } from "zod";

const WorkspacesSchema = z.lazy(() => z.looseObject({ type: z.string() }));

export const TelemetryDestinationSchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("telemetry_destination"),
  created_at: z.string(),
  updated_at: z.string(),
  delivery_health: z.looseObject({
    last_error: z.string().nullable(),
    last_error_at: z.string().nullable(),
    last_success_at: z.string().nullable(),
  }),
  display_name: z.string().nullable(),
  endpoint_url: z.string(),
  header_names: z.array(z.string()),
  /** `{type: "enabled"}` or `{type: "disabled", reason: {type}}`. */
  state: z.looseObject({ type: z.string(), reason: z.looseObject({ type: z.string() }).optional() }),
  traces: z.looseObject({
    content_mode: z.string(),
    enabled: z.boolean(),
    endpoint_url: z.string().nullable(),
    max_content_bytes: z.number().nullable(),
  }),
  /** `all`, `include` or `exclude`; the list itself is read from the workspaces sub-resource. */
  workspaces: WorkspacesSchema,
}));

export const TelemetryDestinationWorkspaceSchema = z.lazy(() => z.looseObject({
  created_at: z.string(),
  telemetry_destination_id: z.string(),
  type: z.literal("telemetry_destination_workspace"),
  workspace_id: z.string(),
}));

export const TelemetryDestinationWorkspaceDeletedSchema = z.lazy(() => z.looseObject({
  telemetry_destination_id: z.string(),
  type: z.literal("telemetry_destination_workspace_deleted"),
  workspace_id: z.string(),
}));

const workspaceIds = z.lazy(() => z.array(z.string().min(1)).max(100));
const WorkspacesParam = z.lazy(() => z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("all") }),
  z.looseObject({ type: z.literal("include"), workspace_ids: workspaceIds.optional() }),
  z.looseObject({ type: z.literal("exclude"), workspace_ids: workspaceIds.optional() }),
]));

// Header values are checked for being strings only: a message about one must never quote it.
const headerValues = z.lazy(() => z.record(z.string(), z.string()));

export const TelemetryDestinationCreateBody = z.lazy(() => z.looseObject({
  endpoint_url: z.string().min(1),
  workspaces: WorkspacesParam,
  display_name: z.string().min(1).nullable().optional(),
  headers: headerValues.optional(),
}));

export const TelemetryDestinationUpdateBody = z.lazy(() => z.looseObject({
  display_name: z.string().min(1).nullable().optional(),
  endpoint_url: z.string().min(1).optional(),
  /** Merged by name: a string sets, null removes. A request that sets a value must also send `endpoint_url`. */
  headers: z.record(z.string(), z.string().nullable()).optional(),
  state: z.looseObject({ type: z.enum(["enabled", "disabled"]) }).optional(),
  workspaces: WorkspacesParam.optional(),
}));

export type WireTelemetryDestination = z.infer<typeof TelemetryDestinationSchema>;
export type WireTelemetryDestinationWorkspace = z.infer<typeof TelemetryDestinationWorkspaceSchema>;
export type WireTelemetryDestinationWorkspaceDeleted = z.infer<typeof TelemetryDestinationWorkspaceDeletedSchema>;
export type TelemetryDestinationCreateBody = z.input<typeof TelemetryDestinationCreateBody>;
export type TelemetryDestinationUpdateBody = z.input<typeof TelemetryDestinationUpdateBody>;
