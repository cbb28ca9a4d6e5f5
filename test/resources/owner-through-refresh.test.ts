import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../../provider/base/kinds";
import { useEmulator } from "../support/emulator";
import { newDeployment, providerFor } from "../support/provider";
import { enterpriseKinds, makeWorld, samples, type World } from "../support/samples";

// The owner input the Resource classes add (`__owner`, resources/owner.ts) is part of the inputs the engine
// stores. A refresh that returned the inputs without it would rewrite every resource's inputs, and the next
// `pulumi up`, whose program gives the owner again, would then write the whole checkpoint once per resource
// (the engine elides a checkpoint write only for a resource whose inputs and outputs are unchanged). So
// refresh, for every kind, hands back the owner the state holds, and create and update keep it where read
// finds it.

type Provider = Required<pulumi.dynamic.ResourceProvider>;

describe.each(["console", "enterprise"] as const)("the owner input survives refresh, every kind (%s organization)", (organizationType) => {
  const emulator = useEmulator({ organizationType });
  const rows = samples.filter((row) => enterpriseKinds.includes(row.kind) === (organizationType === "enterprise"));
  const providers = {} as Record<ResourceKind, Provider>;
  beforeAll(async () => {
    for (const { kind } of rows) providers[kind] = await providerFor(kind, emulator);
  });
  let world: World;
  beforeEach(async () => {
    newDeployment();
    world = await makeWorld(emulator, organizationType === "enterprise");
  });

  test.each(rows)("$kind: refresh returns the inputs the state holds, owner included, twice in a row; an update keeps it", async (row) => {
    const provider = providers[row.kind];
    const owner = `urn:pulumi:dev::project::anthropic:index:${row.kind}::owned-${row.kind}`;
    const { inputs, failures } = await provider.check({}, { ...row.inputs(world), __owner: owner });
    expect(failures ?? []).toEqual([]);
    const { id, outs } = await provider.create(inputs);

    const read = await provider.read(id, outs);
    expect(read.inputs).toEqual(inputs);
    const again = await provider.read(id, read.props);
    expect(again.inputs).toEqual(inputs);
    expect(again.props).toEqual(read.props);
    expect(await provider.diff(id, again.props, inputs)).toMatchObject({ changes: false });

    // A kind that has fields to update (the others replace on every change, and create again).
    const changes = row.changes(world);
    if (Object.keys(changes).length === 0) return;
    const { inputs: news } = await provider.check(inputs, { ...inputs, ...changes });
    const { outs: updated } = await provider.update(id, again.props, news);
    expect((await provider.read(id, updated)).inputs).toMatchObject({ __owner: owner, ...changes });
  });

  test.each(rows.slice(0, 1))("$kind: state without a recorded owner (written before it was kept) refreshes as before, without one", async (row) => {
    const provider = providers[row.kind];
    const { inputs } = await provider.check({}, row.inputs(world));
    const { id, outs } = await provider.create(inputs);
    expect((await provider.read(id, outs)).inputs).not.toHaveProperty("__owner");
  });
});
