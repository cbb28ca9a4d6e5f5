import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import * as anthropic from "../../provider";
import { moduleOf, RESOURCE_KINDS, type ResourceKind } from "../../provider/base/kinds";
import type { DiffSpec } from "../../provider/resources/diff";
import { SECRET_INPUTS } from "../../provider/resources/secret-inputs";
import { useEmulator } from "../support/emulator";
import { recordingMocks } from "../support/mocks";
import { newDeployment, providerFor } from "../support/provider";
import { enterpriseKinds, makeWorld, samples, type Sample, type World } from "../support/samples";

// The checks every resource kind must pass, driven by the kind registry (provider/base/kinds.ts), each kind's
// declared diff (plan.ts `diffSpec`), its secret outputs as its Resource class registers them, and one
// sample of valid inputs per kind (test/support/samples.ts), against the emulator as the engine calls the
// handlers: create, refresh and the next preview; `Kind.get`; every replace field; secrets in state.

type Provider = Required<pulumi.dynamic.ResourceProvider>;

/** What a field's value looks like in the state file when the engine encrypts it. */
const CIPHERTEXT = "(ciphertext)";
const noWorld = new Proxy({} as World, { get: () => "(made per test)" });
const diffSpecs = {} as Record<ResourceKind, DiffSpec>;
/** `additionalSecretOutputs` of each kind's Resource class, as a program registers it. */
const secretOutputs = {} as Record<ResourceKind, string[]>;

beforeAll(async () => {
  for (const kind of RESOURCE_KINDS) {
    diffSpecs[kind] = (await import(`../../provider/resources/${moduleOf(kind)}/plan.ts`)).diffSpec;
  }
  const registrations = await recordingMocks({ newResource: ({ id, name, inputs }) => ({ id: id ?? `${name}-id`, state: inputs }), call: () => ({}) });
  const world = new Proxy({} as World, { get: (_, field) => (field === "jwk" || field === "otherJwk" ? {} : "wrkspc_01mock") });
  for (const { kind, inputs } of samples) {
    const Resource = anthropic[kind] as unknown as new (name: string, args: Record<string, unknown>) => pulumi.CustomResource;
    await new Promise<void>((resolve) => new Resource(`registered-${kind}`, inputs(world)).urn.apply(() => resolve()));
    secretOutputs[kind] = registrations.get(`registered-${kind}`)!.secretOutputs;
  }
});

test("the samples cover every kind, each with a value for every field its diffSpec replaces on", () => {
  expect(samples.map((sample) => sample.kind).sort()).toEqual([...RESOURCE_KINDS].sort());
  for (const { kind, replaces } of samples) expect([kind, Object.keys(replaces(noWorld)).sort()]).toEqual([kind, [...diffSpecs[kind].replaces].sort()]);
  // Registered from the Resource classes: the API key's value, a webhook's signing secret, a destination's headers.
  expect(secretOutputs.ApiKey).toContain("key");
});

/**
 * The state the engine would write for `record`: the kind's secret outputs encrypted, and the inputs
 * that may hold key material (secret-inputs.ts) too where the program gives them, as secrets (the engine
 * then encrypts the output of the same name).
 */
function asStored(kind: ResourceKind, given: Record<string, unknown>, record: Record<string, unknown> | undefined): string {
  const secret = new Set([...secretOutputs[kind], ...SECRET_INPUTS[kind].filter((field) => given[field] !== undefined)]);
  return JSON.stringify(Object.fromEntries(Object.entries(record ?? {}).map(([key, value]) => [key, secret.has(key) ? CIPHERTEXT : value])));
}

/**
 * The secrets the API makes, whole, by their shape (an API key's value, a webhook's signing secret), so
 * that a secret output its Resource class forgot to register is found too. A key's hint shows too few
 * characters to match.
 */
const SECRET_SHAPES = [/sk-ant-[\w-]{24,}/, /whsec_[\w+/=-]{16,}/];

/** Every string inside `value`. */
const stringsOf = (value: unknown): string[] =>
  typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(stringsOf) : [];

describe.each(["console", "enterprise"] as const)("every kind against the emulator (%s organization)", (organizationType) => {
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

  /** check then create, as `pulumi up` calls them for a new resource. */
  async function created(row: Sample) {
    const provider = providers[row.kind];
    const { inputs, failures } = await provider.check({}, row.inputs(world));
    expect(failures ?? []).toEqual([]);
    const { id, outs } = await provider.create(inputs);
    expect(id).toMatch(/\S/);
    return { provider, inputs: inputs as Record<string, unknown>, id, outs: outs as Record<string, unknown> };
  }

  test.each(rows)("$kind: create, then refresh reads it back as declared, and the next preview has nothing to do", async (row) => {
    const { provider, inputs, id, outs } = await created(row);
    expect(await provider.diff(id, outs, inputs)).toMatchObject({ changes: false });
    const read = await provider.read(id, outs);
    expect(read.id).toBe(id);
    expect(read.props).toEqual(outs);
    expect(read.inputs).toEqual(Object.fromEntries(Object.entries(inputs).filter(([key]) => !key.startsWith("__"))));
    expect(await provider.diff(id, read.props, inputs)).toMatchObject({ changes: false });
  });

  // The owner input the Resource classes add (`__owner`) is among the inputs the engine stores. A refresh that
  // returned the inputs without it rewrote every resource's inputs, and the next `up`, which gives it again,
  // wrote the whole checkpoint once per resource (the engine elides that write only for unchanged inputs and
  // outputs): dynamic/owner-in-state.ts.
  test.each(rows)("$kind: refresh returns the owner input the state holds, twice in a row; an update keeps it", async (row) => {
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

  test.each(rows)("$kind: get (a read with only the id) finds the same object with the same live values", async (row) => {
    const { provider, id, outs } = await created(row);
    const got = await provider.read(id, {});
    expect(got.id).toBe(id);
    // What state records of the object's own fields (not the program's settings, like archiveOnDelete)
    // comes back, in its live form (which may add what the API fills in, like a KMS key's region). Not
    // the secrets the API shows only once (a key's value, a signing secret): a get has none to carry over.
    const shared = Object.keys(got.props ?? {}).filter((key) => key in outs && !key.startsWith("__") && !secretOutputs[row.kind].includes(key));
    expect(shared.length).toBeGreaterThan(0);
    expect(got.props).toMatchObject(Object.fromEntries(shared.map((key) => [key, outs[key]])));
  });

  const replaceCases = rows.flatMap((row) => Object.keys(row.replaces(noWorld)).map((field) => ({ kind: row.kind, field, row })));
  test.each(replaceCases)("$kind: a change of $field replaces", async ({ field, row }) => {
    const { provider, inputs, id, outs } = await created(row);
    const change = row.replaces(world)[field]!;
    const recorded = "from" in change ? { ...outs, [field]: change.from } : outs;
    const news = await provider.check(inputs, { ...row.inputs(world), [field]: change.to });
    expect(news.failures ?? []).toEqual([]);
    const diff = await provider.diff(id, recorded, news.inputs);
    expect(diff.changes).toBe(true);
    expect(diff.replaces).toContain(field);
    expect(diff.deleteBeforeReplace ?? false).toBe(diffSpecs[row.kind].deleteBeforeReplace ?? false);
  });

  test.each(rows)("$kind: secrets reach state only where the engine encrypts them", async (row) => {
    const { provider, inputs, id, outs } = await created(row);
    const read = await provider.read(id, outs);
    // The values to hide: the sample's own secret (in the inputs that hold key material) and what the API made secret (a key).
    const secrets = [world.secret, ...secretOutputs[row.kind].flatMap((field) => stringsOf(outs[field]))].filter((value) => value.length >= 8);
    const stored = [outs, read.props, read.inputs].map((record) => asStored(row.kind, inputs, record));
    for (const state of stored) {
      for (const secret of secrets) expect(state).not.toContain(secret);
      for (const shape of SECRET_SHAPES) expect(state).not.toMatch(shape);
    }
    // Each secret output the kind registers is one the handlers really fill in (so the check above saw it).
    for (const field of secretOutputs[row.kind]) expect(stringsOf(outs[field]).length, field).toBeGreaterThan(0);
    if (JSON.stringify(row.inputs(world)).includes(world.secret)) expect(JSON.stringify(inputs)).toContain(world.secret);
  });
});
