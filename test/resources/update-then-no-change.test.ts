import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import type { ResourceKind } from "../../provider/base/kinds";
import { useEmulator } from "../support/emulator";
import { enterpriseKinds, makeWorld, samples, type World } from "../support/samples";
import { newDeployment, providerFor } from "../support/provider";

// Finding 8 of issue 15: after an update, the state must preview with no changes. For every kind, with
// every field it takes declared, each updatable field (each kind's plan.ts `updates`) is changed alone
// through check, diff and update as the engine calls them; then the next preview's diff (and a refresh's)
// must be empty, and the outputs must still hold every declared field.

/** The field names of each row's changes (their values need the world, made per test). */
const noWorld = new Proxy({} as World, { get: () => "(made per test)" });

describe.each(["console", "enterprise"] as const)("every update leaves a state that previews with no changes (%s organization)", (organizationType) => {
  const emulator = useEmulator({ organizationType });
  const rows = samples.filter((row) => enterpriseKinds.includes(row.kind) === (organizationType === "enterprise"));
  const providers = {} as Record<ResourceKind, Required<pulumi.dynamic.ResourceProvider>>;
  beforeAll(async () => {
    for (const { kind } of rows) {
      providers[kind] = await providerFor(kind, emulator);
    }
  });
  let world: World;
  beforeEach(async () => {
    newDeployment();
    world = await makeWorld(emulator, organizationType === "enterprise");
  });

  /** check, as the engine calls it before create and update: what it returns is what they get. */
  async function checked(kind: ResourceKind, olds: Record<string, unknown>, news: Record<string, unknown>) {
    const { inputs, failures } = await providers[kind].check(olds, news);
    expect(failures ?? []).toEqual([]);
    return inputs as Record<string, unknown>;
  }

  /** The next preview: no change, and every declared field still in the outputs (and in `__declared` where kept). */
  async function expectNoChange(kind: ResourceKind, id: string, outs: Record<string, unknown>, inputs: Record<string, unknown>) {
    const declared = Object.keys(inputs).filter((key) => inputs[key] !== undefined);
    expect(Object.keys(outs)).toEqual(expect.arrayContaining(declared));
    if (outs.__declared !== undefined) expect(outs.__declared).toEqual([...declared].sort());
    expect(await providers[kind].diff(id, outs, inputs)).toMatchObject({ changes: false });
  }

  const cases = rows.flatMap((row) => [
    { kind: row.kind, field: "(none)", row },
    ...Object.keys(row.changes(noWorld)).map((field) => ({ kind: row.kind, field, row })),
  ]);

  test.each(cases)("$kind: create, change $field alone, update, then preview and refresh see nothing to do", async ({ kind, field, row }) => {
    const provider = providers[kind];
    const inputs = await checked(kind, {}, row.inputs(world));
    const created = await provider.create(inputs);
    await expectNoChange(kind, created.id, created.outs, inputs);
    if (field === "(none)") return;

    const news = await checked(kind, inputs, { ...row.inputs(world), [field]: row.changes(world)[field] });
    expect((await provider.diff(created.id, created.outs, news)).replaces ?? []).toEqual([]);
    const { outs } = await provider.update(created.id, created.outs, news);
    await expectNoChange(kind, created.id, outs!, news);

    const read = await provider.read(created.id, outs);
    expect(read.id).toBe(created.id);
    await expectNoChange(kind, created.id, read.props!, news);
  });
});
