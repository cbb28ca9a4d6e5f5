/** `getTelemetryDestinations`: the organization's OpenTelemetry export destinations; never a header value. */
import { z } from "zod";
import { workspaceId } from "../../resources/fields";
import { declareFunction, field, named } from "../declare";
import { organizationArgument } from "../organization-argument";

const destination = named(
  z.object({
    id: field(z.string(), "`tdst_...`"),
    endpointUrl: field(z.string(), "Where it exports."),
    displayName: field(z.string().nullable(), "Null when the destination has none."),
    headerNames: field(z.array(z.string()), "The names of its request headers; the values are write-only and never returned."),
    workspaces: field(
      z.union([z.literal("all"), z.object({ include: z.array(z.string()) }), z.object({ exclude: z.array(z.string()) })]),
      "All workspaces, only those listed, or all but those listed.",
    ),
    enabled: field(z.boolean(), "Whether it receives deliveries."),
    disabledReason: field(z.string().nullable(), "`caller`, `sustained_failure`, `invalid_address` or `redirect` while disabled; null while enabled."),
    contentMode: field(z.string(), "What exported spans contain: `metadata_only` or `content`."),
    deliveryHealth: field(
      z.object({ lastError: z.string().nullable(), lastErrorAt: z.string().nullable(), lastSuccessAt: z.string().nullable() }),
      "The most recent delivery results.",
    ),
    createdAt: field(z.string(), "When it was created (RFC 3339)."),
    updatedAt: field(z.string(), "When it last changed (RFC 3339)."),
  }),
  "TelemetryDestinationInfo",
  "An OpenTelemetry export destination, without its header values.",
);

export const getTelemetryDestinations = declareFunction({
  name: "getTelemetryDestinations",
  description:
    "Every destination, newest first, with its workspace list: one request for the destinations, plus one per " +
    "destination that lists workspaces (`include`/`exclude`).",
  args: z.strictObject({
    workspaceIds: field(
      z.array(workspaceId(), { error: "must be a list of workspace ids" }).max(100, { error: "must list at most 100 workspaces" }).optional(),
      "Only destinations that cover at least one of these workspaces (`wrkspc_...`, at most 100).",
    ),
    organization: organizationArgument,
  }),
  result: z.object({ destinations: field(z.array(destination), "The destinations.") }),
});
