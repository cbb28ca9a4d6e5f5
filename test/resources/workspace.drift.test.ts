import { beforeAll, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { useEmulator } from "../support/emulator";
import { configuredProvider } from "../support/provider";

const emulator = useEmulator();
let provider: Required<pulumi.dynamic.ResourceProvider>;
beforeAll(async () => {
  provider = await configuredProvider("Workspace", emulator);
});

describe("Workspace refresh", () => {
  test("an out-of-band rename comes back with matching inputs, and the next diff restores it", async () => {
    const { id, outs } = await provider.create({ name: "Declared", displayColor: "#abcdef" });
    await emulator.control.patch(id, { name: "Renamed in Console", display_color: "#000000" });
    const read = await provider.read(id, outs);
    expect(read.props).toMatchObject({ name: "Renamed in Console", displayColor: "#000000" });
    expect(read.inputs).toMatchObject({ name: "Renamed in Console", displayColor: "#000000" });
    const diff = await provider.diff(id, read.props, { name: "Declared", displayColor: "#abcdef" });
    expect(diff).toMatchObject({ changes: true, replaces: [] });
  });

  test("an out-of-band spend limit change shows as drift", async () => {
    const { id, outs } = await provider.create({ name: "Spendy", spendLimit: { monthlyUsd: 100 } });
    await emulator.control.patch(outs.spendLimitId, { amount: "25000" });
    const read = await provider.read(id, outs);
    expect(read.props.spendLimit).toEqual({ monthlyUsd: 250 });
    expect(read.inputs.spendLimit).toEqual({ monthlyUsd: 250 });
  });

  test("a spend limit deleted out of band is no longer reported", async () => {
    const { id, outs } = await provider.create({ name: "Spendless", spendLimit: { monthlyUsd: 100 } });
    await emulator.control.remove(outs.spendLimitId);
    const read = await provider.read(id, outs);
    expect(read.props.spendLimit).toBeUndefined();
    expect((await provider.diff(id, read.props, { name: "Spendless", spendLimit: { monthlyUsd: 100 } })).changes).toBe(true);
  });

  test("a workspace archived out of band is gone", async () => {
    const { id, outs } = await provider.create({ name: "Archived elsewhere" });
    await emulator.control.patch(id, { archived_at: new Date().toISOString() });
    expect((await provider.read(id, outs)).id).toBe("");
  });

  test("a workspace deleted out of band (404) is gone", async () => {
    const { id, outs } = await provider.create({ name: "Vanished" });
    await emulator.control.remove(id);
    expect((await provider.read(id, outs)).id).toBe("");
  });
});
