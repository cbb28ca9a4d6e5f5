import { beforeAll, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { adminFetch, useEmulator } from "../support/emulator";
import { configuredProvider, newDeployment, requestsByRoute } from "../support/provider";

const emulator = useEmulator();
let settings: Required<pulumi.dynamic.ResourceProvider>;
beforeAll(async () => {
  settings = await configuredProvider("ComplianceSettings", emulator);
});

const ROUTE = "/v1/organizations/compliance_settings";
const liveState = async () => (await adminFetch(emulator, "GET", ROUTE)).body.state.type;

describe("ComplianceSettings", () => {
  test("create sets the state in one request; refresh and a no-change preview see nothing to do", async () => {
    await emulator.control.resetRequests();
    const { id, outs } = await settings.create({ state: "enabled" });
    expect(id).toBe("compliance_settings");
    expect(outs).toMatchObject({ state: "enabled" });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${ROUTE}`]: 1 });
    expect(await liveState()).toBe("enabled");

    await emulator.control.resetRequests();
    const read = await settings.read(id, outs);
    expect(read.inputs).toEqual({ state: "enabled" });
    expect((await settings.diff(id, read.props, { state: "enabled" })).changes).toBe(false);
    expect(await requestsByRoute(emulator)).toEqual({ [`GET ${ROUTE}`]: 1 });
  });

  test("a change made elsewhere is drift, and the update restores it in one request", async () => {
    const { id, outs } = await settings.create({ state: "enabled" });
    await adminFetch(emulator, "POST", ROUTE, { body: { state: "disabled" } });
    const read = await settings.read(id, outs);
    expect(read.inputs).toEqual({ state: "disabled" });
    expect(await settings.diff(id, read.props, { state: "enabled" })).toMatchObject({ changes: true, replaces: [] });
    await emulator.control.resetRequests();
    await settings.update(id, read.props, { state: "enabled" });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${ROUTE}`]: 1 });
    expect(await liveState()).toBe("enabled");
  });

  test("delete leaves the setting as it is, unless stateOnDelete says otherwise", async () => {
    const plain = await settings.create({ state: "enabled" });
    // Each step a later deployment: one that creates the settings keeps them from its own deletes.
    newDeployment();
    await emulator.control.resetRequests();
    await settings.delete(plain.id, plain.outs);
    expect(await requestsByRoute(emulator)).toEqual({});
    expect(await liveState()).toBe("enabled");

    // Adding stateOnDelete later is recorded without a request.
    await emulator.control.resetRequests();
    const { outs } = await settings.update(plain.id, plain.outs, { state: "enabled", stateOnDelete: "disabled" });
    expect(await requestsByRoute(emulator)).toEqual({});
    newDeployment();
    await settings.delete(plain.id, outs);
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${ROUTE}`]: 1 });
    expect(await liveState()).toBe("disabled");
  });
});
