import { z } from "zod";
import { notFound } from "./errors";
import { unique } from "./governance";
import {
  telemetryDestinationSchema, workspaceEntrySchema, type StoredDestination,
} from "./telemetry-wire";
import { webhookEndpointSchema, type WebhookEndpoint } from "./webhooks-wire";

// Where the organization sends things: its webhook endpoints and telemetry destinations. The Store holds
// one instance (`store.integrations`) and resets it with the organization, as it does governance and
// federation.
//
// Neither write-only secret is held. A webhook's signing secret is returned by create and regenerate and
// never again, and the emulator signs no deliveries, so it is not kept at all. A telemetry header's value
// is never returned either, and the emulator sends no spans, so only its size is kept (the API's 16 KB
// rule counts it). A snapshot therefore cannot carry either, and a restored organization answers every
// read exactly as the original did.

const destinationSnapshotSchema = z.strictObject({
  destination: telemetryDestinationSchema,
  /** Header name -> size of its value in bytes, for exactly the names in `destination.header_names`. */
  headerValueBytes: z.record(z.string(), z.number().int().min(0)),
  /** The include/exclude list, oldest first; empty for an `all` destination. */
  workspaces: z.array(workspaceEntrySchema),
});

export const integrationsSnapshotSchema = z.strictObject({
  webhooks: z.array(webhookEndpointSchema),
  telemetryDestinations: z.array(destinationSnapshotSchema),
}).superRefine((snapshot, ctx) => {
  unique(ctx, "webhooks", snapshot.webhooks.map((w) => w.id));
  unique(ctx, "telemetryDestinations", snapshot.telemetryDestinations.map((d) => d.destination.id));
  snapshot.telemetryDestinations.forEach(({ destination, headerValueBytes, workspaces }, index) => {
    const at = (...path: Array<string | number>) => ["telemetryDestinations", index, ...path];
    const names = Object.keys(headerValueBytes);
    if (names.length !== destination.header_names.length || !destination.header_names.every((n) => names.includes(n))) {
      ctx.addIssue({ code: "custom", path: at("headerValueBytes"), message: "must name exactly the destination's header_names" });
    }
    if (destination.workspaces.type === "all" && workspaces.length > 0) {
      ctx.addIssue({ code: "custom", path: at("workspaces"), message: "an `all` destination has no workspace list" });
    }
    workspaces.forEach((entry, n) => {
      if (entry.telemetry_destination_id !== destination.id) {
        ctx.addIssue({ code: "custom", path: at("workspaces", n, "telemetry_destination_id"), message: `must be '${destination.id}'` });
      }
    });
    unique(ctx, `telemetryDestinations.${index}.workspaces`, workspaces.map((e) => e.workspace_id));
  });
});
export type IntegrationsSnapshot = z.infer<typeof integrationsSnapshotSchema>;

export class IntegrationsState {
  /** Oldest first, as minted. */
  webhooks = new Map<string, WebhookEndpoint>();
  /** Oldest first; lists reverse them where the API lists newest first. */
  telemetryDestinations = new Map<string, StoredDestination>();

  reset(): void {
    this.webhooks.clear();
    this.telemetryDestinations.clear();
  }

  webhook = (id: string) => found(this.webhooks, id, "Webhook endpoint");
  telemetryDestination = (id: string) => found(this.telemetryDestinations, id, "Telemetry destination");

  snapshot(): IntegrationsSnapshot {
    return structuredClone({
      webhooks: [...this.webhooks.values()],
      telemetryDestinations: [...this.telemetryDestinations.values()].map((d) => ({
        destination: d.destination, headerValueBytes: Object.fromEntries(d.headerValueBytes), workspaces: d.list,
      })),
    });
  }

  /** A snapshot without integrations (written before they existed) restores none. */
  restore(snapshot: IntegrationsSnapshot | undefined): void {
    this.reset();
    if (!snapshot) return;
    const copy = structuredClone(snapshot);
    for (const w of copy.webhooks) this.webhooks.set(w.id, w);
    for (const { destination, headerValueBytes, workspaces } of copy.telemetryDestinations) {
      this.telemetryDestinations.set(destination.id, {
        destination, headerValueBytes: new Map(Object.entries(headerValueBytes)), list: workspaces,
      });
    }
  }
}

function found<T>(map: Map<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw notFound(what, id);
  return value;
}
