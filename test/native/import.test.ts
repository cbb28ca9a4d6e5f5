import { beforeAll, describe, expect, test } from "vitest";
import { RESOURCE_KINDS } from "../../provider/base/kinds";
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
// is empty.
const emulator = useEmulator({ organizationType: "enterprise", resetBeforeEach: false });
let schema: PackageSchema;
// Inputs an import cannot record: secret inputs (header values the API never returns; a JWKS, which
// may hold private members, stays in the secret outputs) and settings of the resource that the
// object has no field for (a rule's issuerUrl is never sent; stateOnDelete applies on delete).
const NOT_RECORDED = ["headers", "jwks", "issuerUrl", "stateOnDelete"];
beforeAll(async () => {
  schema = testSchema();
});

describe("pulumi import of every kind", { timeout: 60_000 }, () => {
  test.each(RESOURCE_KINDS)("%s", async (kind) => {
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
    // Live values of everything the program declared that the object has; what it left unset is
    // recorded with the live value (a default).
    const both = Object.keys(declared).filter((key) => !NOT_RECORDED.includes(key));
    expect(Object.keys(recorded)).toEqual(expect.arrayContaining(both));
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
