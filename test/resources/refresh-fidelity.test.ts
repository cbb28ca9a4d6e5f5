import { describe, expect, test } from "vitest";
import { collect } from "../../provider/client";
import { clientFor } from "../support/admin-client";
import { useEmulator } from "../support/emulator";
import { useProviders } from "../support/provider";

// Finding 2 and 3 of the trust issue: read() returns as inputs only what the program set, with live
// values, and rate-limit drift is seen on every model group.
const emulator = useEmulator();
const providers = useProviders(emulator);

describe("refresh returns the program's inputs with live values, nothing more", () => {
  test("a workspace that declares a name and a spend limit refreshes as exactly those", async () => {
    const inputs = { name: "Refreshed", spendLimit: { monthlyUsd: 100 } };
    const { id, outs } = await providers.Workspace.create(inputs);
    const read = await providers.Workspace.read(id, outs);
    expect(read.inputs).toEqual(inputs);
    // Outputs hold the declared fields and what users read, nothing else; the next diff is empty.
    expect(Object.keys(read.props).sort()).toEqual(["__declared", "name", "spendLimit", "spendLimitId"]);
    expect((await providers.Workspace.diff(id, read.props, inputs)).changes).toBe(false);
    // Changing only the spend limit is a change of that field only: nothing else differs.
    expect((await providers.Workspace.diff(id, read.props, { ...inputs, spendLimit: { monthlyUsd: 200 } })).changes).toBe(true);
  });

  test("an out-of-band rename comes back as a change of name only", async () => {
    const inputs = { name: "Declared", tags: { team: "ml" } };
    const { id, outs } = await providers.Workspace.create(inputs);
    await emulator.control.patch(id, { name: "Renamed in Console" });
    const read = await providers.Workspace.read(id, outs);
    expect(read.inputs).toEqual({ name: "Renamed in Console", tags: { team: "ml" } });
    expect(await providers.Workspace.diff(id, read.props, inputs)).toMatchObject({ changes: true, replaces: [] });
  });

  test("an API key refreshes as its declared inputs, carrying the secret over", async () => {
    const workspaceId = (await emulator.control.seedWorkspace({ name: "Keys" })).id;
    const { id, outs } = await providers.ApiKey.create({ name: "portal", workspaceId });
    const read = await providers.ApiKey.read(id, outs);
    expect(read.inputs).toEqual({ name: "portal", workspaceId });
    expect(read.props.key).toBe(outs.key);
  });

  test("state written by 0.1.0 (no record of declared inputs) refreshes without the always-reported fields", async () => {
    const { id, outs } = await providers.Workspace.create({ name: "Old", spendLimit: { monthlyUsd: 5 } });
    const { __declared: _, ...legacy } = outs;
    const read = await providers.Workspace.read(id, legacy);
    expect(read.inputs).toEqual({ name: "Old", spendLimit: { monthlyUsd: 5 } });
    expect(read.props.__declared).toEqual(["name", "spendLimit"]);
  });
});

describe("rate-limit drift on every model group", () => {
  test.each([1, 2])("an override changed out of band on model group %i is seen, and the update restores every group", async (group) => {
    const inputs = { name: `Limits ${group}`, rateLimits: { requestsPerMinute: 1000 } };
    const { id, outs } = await providers.Workspace.create(inputs);
    const { client } = clientFor(emulator);
    const groups = (await collect(client.listWorkspaceRateLimits(id, { includeInherited: true, groupType: "model_group" })))
      .filter((e) => e.limits.some((l) => l.type === "requests_per_minute"));
    expect(groups.length).toBeGreaterThan(group);
    await client.updateWorkspaceRateLimit(id, groups[group]!.rate_limit_id, { limits: [{ type: "requests_per_minute", value: 7 }] });

    const read = await providers.Workspace.read(id, outs);
    expect(read.inputs?.rateLimits).toEqual({ requestsPerMinute: 7 });
    expect((await providers.Workspace.diff(id, read.props, inputs)).changes).toBe(true);
    await providers.Workspace.update(id, read.props, inputs);
    const after = await collect(client.listWorkspaceRateLimits(id, { includeInherited: true, groupType: "model_group" }));
    const values = after.flatMap((e) => e.limits.filter((l) => l.type === "requests_per_minute").map((l) => l.value));
    expect(values.length).toBe(groups.length);
    expect(new Set(values)).toEqual(new Set([1000]));
  });

  test("an override removed out of band on one group is drift too", async () => {
    const inputs = { name: "Limits removed", rateLimits: { requestsPerMinute: 1000 } };
    const { id, outs } = await providers.Workspace.create(inputs);
    const { client } = clientFor(emulator);
    const groups = await collect(client.listWorkspaceRateLimits(id, { groupType: "model_group" }));
    await client.updateWorkspaceRateLimit(id, groups.at(-1)!.rate_limit_id, { limits: [{ type: "requests_per_minute", value: null }] });
    const read = await providers.Workspace.read(id, outs);
    expect((await providers.Workspace.diff(id, read.props, inputs)).changes).toBe(true);
  });
});
