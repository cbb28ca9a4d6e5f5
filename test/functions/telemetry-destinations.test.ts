import { describe, expect, it } from "vitest";
import { getTelemetryDestinations, InvalidArgumentsError } from "../../provider/functions";
import { sdkFor } from "../conformance/sdk";
import { useEmulator } from "../support/emulator";
import { routeCounts, useEmulatorEnvironment } from "./environment";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);

describe("getTelemetryDestinations", () => {
  it("lists destinations newest first with their workspace lists and header names, never a header value", async () => {
    const destinations = sdkFor(emulator).beta.organization.telemetryDestinations;
    const prod = await emulator.control.seedWorkspace({ name: "Prod" });
    const dev = await emulator.control.seedWorkspace({ name: "Dev" });
    const listed = await destinations.create({
      endpoint_url: "https://a.example.com", workspaces: { type: "include", workspace_ids: [prod.id] },
      display_name: "A", headers: { authorization: "Bearer hidden-6a1f" },
    });
    const all = await destinations.create({ endpoint_url: "https://b.example.com", workspaces: { type: "all" } });
    await emulator.control.resetRequests();

    const { destinations: found } = await getTelemetryDestinations();
    expect(found).toEqual([
      expect.objectContaining({ id: all.id, workspaces: "all", displayName: null, headerNames: [], enabled: true }),
      {
        id: listed.id, endpointUrl: "https://a.example.com", displayName: "A", headerNames: ["authorization"],
        workspaces: { include: [prod.id] }, enabled: true, disabledReason: null, contentMode: "metadata_only",
        deliveryHealth: { lastError: null, lastErrorAt: null, lastSuccessAt: null }, createdAt: listed.created_at, updatedAt: listed.updated_at,
      },
    ]);
    expect(JSON.stringify(found)).not.toContain("hidden-6a1f");
    // One listing, plus one list read for the destination that has a list.
    expect(await routeCounts(emulator)).toEqual({
      "GET /v1/organizations/telemetry_destinations": 1,
      "GET /v1/organizations/telemetry_destinations/{id}/workspaces": 1,
    });

    const covering = await getTelemetryDestinations({ workspaceIds: [dev.id] });
    expect(covering.destinations.map((d) => d.id)).toEqual([all.id]);
  });

  it("checks workspace ids before any request", async () => {
    await emulator.control.resetRequests();
    const error = await getTelemetryDestinations({ workspaceIds: ["prod"] }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidArgumentsError);
    expect(error.message).toMatch(/workspaceIds\[0\]/);
    expect(await routeCounts(emulator)).toEqual({});
  });
});
