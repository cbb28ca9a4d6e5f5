import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { implementation } from "../../provider/dynamic/implementation";
import { sdkFor } from "../conformance/sdk";
import { useEmulator } from "../support/emulator";
import { configuredProvider, newDeployment, requestsByRoute } from "../support/provider";

const emulator = useEmulator();
let provider: Required<pulumi.dynamic.ResourceProvider>;
let a: string;
let b: string;
let c: string;
beforeAll(async () => {
  provider = await configuredProvider("TelemetryDestination", emulator);
});
beforeEach(async () => {
  newDeployment();
  [a, b, c] = await Promise.all(["A", "B", "C"].map(async (name) => (await emulator.control.seedWorkspace({ name })).id));
  await emulator.control.resetRequests();
});

const BASE = "/v1/organizations/telemetry_destinations";
const TOKEN = "Bearer collector-9f2c4e7a1b";
const inputs = { displayName: "Gateway", endpointUrl: "https://gateway.example.com/otlp", headers: { authorization: TOKEN }, workspaces: "all" };
const destinations = () => sdkFor(emulator).beta.organization.telemetryDestinations;

async function created(extra: Record<string, unknown> = {}) {
  const result = await provider.create({ ...inputs, ...extra });
  await emulator.control.resetRequests();
  return result;
}

describe("TelemetryDestination", () => {
  test("create is one request, the workspace list included; read is one request (+1 for a list)", async () => {
    const { id, outs } = await provider.create({ ...inputs, workspaces: { include: [a, b] } });
    expect(id).toMatch(/^tdst_/);
    expect(outs).toMatchObject({ ...inputs, workspaces: { include: [a, b] }, headerNames: ["authorization"], enabled: true, disabledReason: null });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}`]: 1 });

    await emulator.control.resetRequests();
    const read = await provider.read(id, outs);
    expect(read.inputs).toEqual({ ...inputs, workspaces: { include: [a, b] } });
    expect(await requestsByRoute(emulator)).toEqual({ [`GET ${BASE}/{id}`]: 1, [`GET ${BASE}/{id}/workspaces`]: 1 });
  });

  test("a no-change preview costs nothing; a reordered list is no change", async () => {
    const { id, outs } = await created({ workspaces: { include: [a, b] } });
    expect((await provider.diff(id, outs, { ...inputs, workspaces: { include: [b, a] } })).changes).toBe(false);
    expect(await requestsByRoute(emulator)).toEqual({});
  });

  test("name, URL, headers and state update in place in one request; headers go with endpoint_url", async () => {
    const { id, outs } = await created();
    const news = { ...inputs, displayName: "Collector", headers: { authorization: "Bearer new-token-77", "x-scope": "prod" }, enabled: false };
    expect(await provider.diff(id, outs, news)).toMatchObject({ changes: true, replaces: [] });
    const { outs: after } = await provider.update(id, outs, news);
    expect(after).toMatchObject({ displayName: "Collector", headerNames: ["authorization", "x-scope"], enabled: false, disabledReason: "caller" });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}`]: 1 });
  });

  test("headers removed from the program are removed from the destination", async () => {
    const { id, outs } = await created({ headers: { authorization: TOKEN, "x-team": "obs" } });
    const { outs: after } = await provider.update(id, outs, { ...inputs, headers: { "x-team": "obs" } });
    expect(after.headerNames).toEqual(["x-team"]);
    expect((await destinations().retrieve(id)).header_names).toEqual(["x-team"]);
  });

  test("a new host resends every header in the same request (the API drops them on a host change)", async () => {
    const { id, outs } = await created();
    const { outs: after } = await provider.update(id, outs, { ...inputs, endpointUrl: "https://collector.example.org" });
    expect(after.headerNames).toEqual(["authorization"]);
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}`]: 1 });
  });

  test("list changes go through the per-workspace routes, one request per workspace added or removed", async () => {
    const { id, outs } = await created({ workspaces: { include: [a, b] } });
    const { outs: after } = await provider.update(id, outs, { ...inputs, workspaces: { include: [b, c] } });
    expect(after.workspaces).toEqual({ include: [b, c] });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}/workspaces/{workspace_id}`]: 1, [`DELETE ${BASE}/{id}/workspaces/{workspace_id}`]: 1 });
    const listed = (await destinations().workspaces.list(id)).data.map((w) => w.workspace_id).sort();
    expect(listed).toEqual([b, c].sort());
  });

  test("a change of list type is one update request carrying the new list", async () => {
    const { id, outs } = await created();
    const { outs: after } = await provider.update(id, outs, { ...inputs, workspaces: { exclude: [c] } });
    expect(after.workspaces).toEqual({ exclude: [c] });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}`]: 1 });
    expect((await destinations().retrieve(id)).workspaces).toEqual({ type: "exclude" });
  });

  test("drift outside Pulumi shows on refresh: URL, state, list, a removed and an added header", async () => {
    const { id, outs } = await created({ workspaces: { include: [a] }, headers: { authorization: TOKEN, "x-team": "obs" } });
    await destinations().update(id, { endpoint_url: "https://gateway.example.com/other", state: { type: "disabled" }, headers: { "x-team": null, "x-extra": "v" } });
    await destinations().workspaces.add(b, { destination_id: id });
    const read = await provider.read(id, outs);
    expect(read.inputs).toMatchObject({ endpointUrl: "https://gateway.example.com/other", workspaces: { include: [b, a] } });
    expect(read.props).toMatchObject({ enabled: false, disabledReason: "caller" });
    // Header values are write-only: state's value is kept for a name still there, an unknown one reads as empty.
    expect(read.props.headers).toEqual({ authorization: TOKEN, "x-extra": "" });
    const declared = { ...inputs, workspaces: { include: [a] }, headers: { authorization: TOKEN, "x-team": "obs" }, enabled: true };
    expect((await provider.diff(id, read.props, declared)).changes).toBe(true);
    await provider.update(id, read.props, declared);
    const live = await destinations().retrieve(id);
    expect(live).toMatchObject({ endpoint_url: inputs.endpointUrl, state: { type: "enabled" } });
    expect([...live.header_names].sort()).toEqual(["authorization", "x-team"]);
    expect((await destinations().workspaces.list(id)).data.map((w) => w.workspace_id)).toEqual([a]);
  });

  test("a destination deleted outside Pulumi reads as gone; delete is one request and idempotent", async () => {
    const first = await created();
    await destinations().delete(first.id);
    expect((await provider.read(first.id, first.outs)).id).toBe("");
    const second = await created();
    await provider.delete(second.id, second.outs);
    expect(await requestsByRoute(emulator)).toEqual({ [`DELETE ${BASE}/{id}`]: 1 });
    await expect(provider.delete(second.id, second.outs)).resolves.toBeUndefined();
  });

  test("header values never reach a check failure, an error or the audit log", async () => {
    const auditLog = join(mkdtempSync(join(tmpdir(), "telemetry-audit-")), "audit.jsonl");
    const audited = implementation("TelemetryDestination");
    const config: Record<string, string> = { "anthropic:adminKey": emulator.adminKey, "anthropic:baseUrl": emulator.url, "anthropic:auditLog": auditLog };
    await audited.configure({ config: { get: (key: string) => config[key], require: (key: string) => config[key]! } } as never);

    const { failures } = await audited.check({}, { ...inputs, headers: { authorization: ` ${TOKEN}`, host: TOKEN } });
    expect(failures!.map((f) => f.reason).sort()).toEqual([
      "headers.authorization: value must not begin or end with a space",
      "headers.host: header name is reserved (host, cookie, user-agent, and names starting with content-, proxy-, x-forwarded- or anthropic-)",
    ]);
    // No failure names `headers` as its property: the engine would print the property's value.
    expect(failures!.every((f) => f.property === "")).toBe(true);
    expect(JSON.stringify(failures)).not.toContain("collector-9f2c4e7a1b");

    const { id, outs } = await audited.create(inputs);
    await emulator.control.fault({ route: `POST ${BASE}/{id}`, kind: "status", status: 400, times: 1 });
    const error = (await audited.update(id, outs, { ...inputs, headers: { authorization: "Bearer rotated-5d1e" } }).catch((e) => e)) as Error;
    expect(error.message).toMatch(/updateTelemetryDestination/);
    expect(error.message).not.toMatch(/collector-9f2c4e7a1b|rotated-5d1e/);
    const log = readFileSync(auditLog, "utf8");
    expect(log).toMatch(/createTelemetryDestination/);
    expect(log).not.toMatch(/collector-9f2c4e7a1b|rotated-5d1e/);
  });
});
