import { beforeAll, describe, expect, test } from "vitest";
import { kindModules, type ResourceKind } from "../../provider/dynamic/shim";
import type { PackageSchema } from "../../provider/native/package-schema";
import { useEmulator } from "../support/emulator";
import { testSchema } from "../support/native-schema";
import { newDeployment } from "../support/provider";
import { nativePath } from "./parity-paths";
import { SCENARIOS } from "./parity-scenarios";

// `pulumi import` of every kind through the native adapter: the engine reads the object by id with no
// recorded state, checks the inputs the read returned, and the program then holds code with exactly
// those inputs. The read writes nothing; the inputs it returns are the object's as the program that
// made it declared them (none invented: a value the API does not return, like a key's, is absent),
// complete enough to pass check; and a diff of the code printed from them against the imported state
// is empty. What the read does not report (a display color nobody declared) stays undeclared: the
// program then leaves it alone, as for any resource.
const emulator = useEmulator({ organizationType: "enterprise", resetBeforeEach: false });
let schema: PackageSchema;
beforeAll(async () => {
  schema = await testSchema();
});

describe("pulumi import of every kind", { timeout: 60_000 }, () => {
  test.each(Object.keys(kindModules) as ResourceKind[])("%s", async (kind) => {
    await emulator.control.reset();
    newDeployment();
    const scenario = SCENARIOS[kind];
    const world = (await scenario.world?.(emulator)) ?? {};
    const path = nativePath(kind, { baseUrl: emulator.url, authToken: emulator.oauthToken }, schema);
    const declared = scenario.inputs(world);
    const { inputs } = await path.check({}, declared);
    const { id } = await path.create(inputs!);
    newDeployment();
    await emulator.control.resetRequests();

    const imported = await path.read(id, {});
    expect(imported.id).toBe(id);
    const requests = (await emulator.control.requests()).log.map((r) => r.method);
    expect(requests.filter((method) => method !== "GET")).toEqual([]);
    const recorded = imported.inputs ?? {};
    expect(Object.keys(recorded).length).toBeGreaterThan(0);
    // Live values of what the program declared; what it left unset is recorded with the live value (a default).
    const both = Object.keys(declared).filter((key) => key in recorded);
    expect(both.length).toBeGreaterThan(0);
    // (Objects may hold more, as the live object has it: an AWS key's region derived from its ARN.)
    expect(recorded).toMatchObject(Object.fromEntries(both.map((key) => [key, declared[key]])));
    if (kind === "ApiKey") expect(recorded).not.toHaveProperty("key");
    // The code printed from those inputs previews with no changes.
    const checked = await path.check(imported.inputs!, imported.inputs!);
    expect(checked.failures ?? []).toEqual([]);
    const diff = await path.diff(id, imported.props!, checked.inputs!);
    expect(diff.changes).toBe(false);
  });
});
