import { describe, expect, test } from "vitest";
import { liveHeaders, updatePlan } from "../../provider/resources/telemetry-destination/plan";
import { diffWebhookEndpoint, updateBody } from "../../provider/resources/webhook-endpoint/plan";

// Pure planning of the two resources: what a change sends, with no server.

const hook = { url: "https://example.com/h", events: ["external_key.failed", "external_key.recovered"] as const, name: "h" };

describe("WebhookEndpoint plan", () => {
  test("events are a set; unset enabled and description leave the live values alone", () => {
    const olds = { ...hook, events: [...hook.events], enabled: false, description: "live", disabledReason: "", signingSecret: "whsec_x" };
    expect(diffWebhookEndpoint(olds, { ...hook, events: ["external_key.recovered", "external_key.failed"] }).changes).toBe(false);
    expect(updateBody(olds, { ...hook, events: [...hook.events] })).toBeUndefined();
    expect(updateBody(olds, { ...hook, events: ["external_key.failed"], enabled: true })).toEqual({ enabled_events: ["external_key.failed"], state: "enabled" });
  });

  test("a keepers change is an update, never a replacement; removing keepers counts as a change", () => {
    const olds = { ...hook, events: [...hook.events], keepers: { v: 1 }, enabled: true, description: "", disabledReason: "", signingSecret: "s" };
    expect(diffWebhookEndpoint(olds, { ...hook, events: [...hook.events], keepers: { v: 2 } })).toMatchObject({ changes: true, replaces: [] });
    expect(diffWebhookEndpoint(olds, { ...hook, events: [...hook.events] })).toMatchObject({ changes: true, replaces: [] });
  });
});

describe("TelemetryDestination plan", () => {
  const current = {
    endpointUrl: "https://otel.example.com/otlp", displayName: "d", workspaces: { include: ["wrkspc_a", "wrkspc_b"] },
    headers: { authorization: "Bearer a", "x-team": "obs" }, headerNames: ["authorization", "x-team"], enabled: true, disabledReason: null,
  };

  test("nothing changed: no body and no per-workspace calls", () => {
    expect(updatePlan(current, { ...current, workspaces: { include: ["wrkspc_b", "wrkspc_a"] } })).toEqual({ body: undefined, add: [], remove: [] });
  });

  test("a changed header sends every declared value, null for a dropped name, and endpoint_url with them", () => {
    const { body } = updatePlan(current, { ...current, headers: { authorization: "Bearer b" } });
    expect(body).toEqual({ headers: { "x-team": null, authorization: "Bearer b" }, endpoint_url: current.endpointUrl });
  });

  test("a new host resends the headers (the API drops them) with no nulls; a new path alone does not", () => {
    expect(updatePlan(current, { ...current, endpointUrl: "https://other.example.com" }).body).toEqual({
      endpoint_url: "https://other.example.com", headers: current.headers,
    });
    expect(updatePlan(current, { ...current, endpointUrl: "https://otel.example.com/v2" }).body).toEqual({ endpoint_url: "https://otel.example.com/v2" });
  });

  test("list changes of one type go one workspace at a time; a new type goes in the body", () => {
    expect(updatePlan(current, { ...current, workspaces: { include: ["wrkspc_b", "wrkspc_c"] } })).toMatchObject({ body: undefined, add: ["wrkspc_c"], remove: ["wrkspc_a"] });
    expect(updatePlan(current, { ...current, workspaces: "all" })).toEqual({ body: { workspaces: { type: "all" } }, add: [], remove: [] });
    const many = Array.from({ length: 105 }, (_, i) => `wrkspc_${i}`);
    const plan = updatePlan(current, { ...current, workspaces: { exclude: many } });
    expect(plan.body?.workspaces).toEqual({ type: "exclude", workspace_ids: many.slice(0, 100) });
    expect(plan.add).toEqual(many.slice(100));
  });

  test("read keeps state's values for live names and shows a name added elsewhere as empty", () => {
    expect(liveHeaders({ Authorization: "Bearer a", gone: "x" }, ["authorization", "x-new"])).toEqual({ Authorization: "Bearer a", "x-new": "" });
  });
});
