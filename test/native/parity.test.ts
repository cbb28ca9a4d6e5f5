import { beforeAll, describe, expect, test } from "vitest";
import { RESOURCE_KINDS, type ResourceKind } from "../../provider/base/kinds";
import { secretOutputs, type PackageSchema } from "../../provider/native/package-schema";
import { useEmulator, type EmulatorHandle } from "../support/emulator";
import { testSchema } from "../support/native-schema";
import { newDeployment } from "../support/provider";
import { dynamicPath, nativePath, urnOf, type Path } from "./parity-paths";
import { SCENARIOS } from "./parity-scenarios";

// The same scenario for every kind through both paths, the dynamic one and the native adapter, on a
// fresh emulator each: check, create, read, a diff with no change, a diff with a change, the update
// (or, for a change that replaces, nothing more), delete. Each step must send the same requests (method
// and route, in order) and come to the same outcome (ids, keys and times aside, which differ per run).
const emulator = useEmulator({ organizationType: "enterprise", resetBeforeEach: false });
let schema: PackageSchema;
beforeAll(async () => {
  schema = testSchema();
});

type Props = Record<string, unknown>;
interface Step {
  step: string;
  requests: string[];
  outcome: unknown;
  /** The outputs the path marked secret, and those it returned set (native path only). */
  secret?: { marked: string[]; set: string[] };
}

/** Kinds whose dynamic resource class gives the resource's URN as the owner input (ownerInput in resources/resource-options.ts). */
const OWNED: readonly ResourceKind[] = ["Workspace", "ApiKey", "ServiceAccount", "FederationRule"];

/** What differs between two runs of one scenario by chance: minted ids, key values, times. */
function comparable(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value ?? null)
      .replace(/sk-ant-[A-Za-z0-9_-]+\.\.\.[A-Za-z0-9_-]+/g, "<hint>")
      .replace(/sk-ant-[A-Za-z0-9_-]+/g, "<key>")
      .replace(/whsec_[A-Za-z0-9_+/=-]+/g, "<secret>")
      .replace(/\b[a-z]+(?:_[a-z]+)*_0[0-9A-Za-z]{20,}\b/g, "<id>")
      .replace(/\d{4}-\d\d-\d\dT[0-9:.]+Z/g, "<time>")
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<uuid>"),
    // The owner is where each path keeps it: the dynamic state records it (dynamic/owner-in-state.ts), the
    // native adapter gives it from the URN to each create and update and returns none.
    (key, item) => (key === "__owner" ? undefined : item),
  );
}

function withoutOwner<T extends { inputs?: Props }>(result: T): T & { inputs: Props } {
  const { __owner: _owner, ...inputs } = result.inputs ?? {};
  return { ...result, inputs };
}

async function run(kind: ResourceKind, path: (emulator: EmulatorHandle) => Promise<Path>, owner: boolean): Promise<Step[]> {
  await emulator.control.reset();
  newDeployment();
  const scenario = SCENARIOS[kind];
  const world = (await scenario.world?.(emulator)) ?? {};
  const resource = await path(emulator);
  const steps: Step[] = [];
  const step = async <T>(name: string, call: () => Promise<T>, shown: (outcome: T) => unknown = (outcome) => outcome): Promise<T> => {
    await emulator.control.resetRequests();
    const outcome = await call();
    const requests = (await emulator.control.requests()).log.map((r) => `${r.route} ${r.status}`);
    const { secretOutputs, ...rest } = (shown(outcome) ?? {}) as { secretOutputs?: string[]; outs?: Props; props?: Props };
    const values = rest.outs ?? rest.props ?? {};
    const set = Object.keys(values).filter((key) => values[key] !== undefined && values[key] !== null);
    steps.push({ step: name, requests, outcome: comparable(outcome === undefined ? null : rest), ...(secretOutputs ? { secret: { marked: secretOutputs, set } } : {}) });
    return outcome;
  };
  const declared = (props: Props) => (owner ? { ...props, __owner: urnOf(kind) } : props);
  // The owner is the dynamic classes' input (so it is in check's answer there); the adapter adds it to create and update.
  const checked = await step("check", () => resource.check({}, declared(scenario.inputs(world))), withoutOwner);
  expect(checked.failures ?? []).toEqual([]);
  const created = await step("create", () => resource.create(checked.inputs!));
  const read = await step("read", () => resource.read(created.id, created.outs));
  await step("diff unchanged", () => resource.diff(created.id, read.props!, checked.inputs!));
  const changed = (await resource.check(read.props!, declared(scenario.changed(world)))).inputs!;
  const diff = await step("diff changed", () => resource.diff(created.id, read.props!, changed));
  expect(diff.changes).toBe(true);
  let last = read.props!;
  if (!diff.replaces?.length) last = (await step("update", () => resource.update(created.id, read.props!, changed))).outs;
  await step("delete", () => resource.delete(created.id, last));
  return steps;
}

const settings = (e: EmulatorHandle) => ({ baseUrl: e.url, authToken: e.oauthToken });

describe("the dynamic path and the native adapter send the same requests and come to the same outcomes", { timeout: 60_000 }, () => {
  test.each(RESOURCE_KINDS)("%s", async (kind) => {
    const dynamic = await run(kind, (e) => dynamicPath(kind, settings(e)), OWNED.includes(kind));
    const native = await run(kind, async (e) => nativePath(kind, settings(e), schema), false);
    const withoutSecret = (steps: Step[]) => steps.map(({ secret: _secret, ...step }) => step);
    expect(withoutSecret(native)).toEqual(withoutSecret(dynamic));
    // And the native path marks the schema's secret outputs secret wherever it returns them, and nothing else.
    const declared = secretOutputs(schema, `anthropic:index:${kind}`);
    for (const { secret } of native) {
      if (secret) expect(secret.marked).toEqual(declared.filter((name) => secret.set.includes(name)).sort());
    }
  });
});
