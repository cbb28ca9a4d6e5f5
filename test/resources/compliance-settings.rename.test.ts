import { beforeEach, describe, expect, test, vi } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";
import { newDeployment, useProviders } from "../support/provider";

// Finding 2 of issue 15: ComplianceSettings is one per organization, so renaming its resource without an
// alias creates the new resource (setting the state) and then deletes the old one, whose stateOnDelete
// must not switch compliance off under the resource that now manages it.
const emulator = useEmulator();
const providers = useProviders(emulator);
beforeEach(() => newDeployment());

const liveState = async () => (await adminFetch(emulator, "GET", "/v1/organizations/compliance_settings")).body.state.type;
const inputs = { state: "enabled", stateOnDelete: "disabled" };

async function deleteQuietly(id: string, outs: Record<string, unknown>): Promise<string> {
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    await providers.ComplianceSettings.delete(id, outs);
    return stderr.mock.calls.map(([text]) => String(text)).join("");
  } finally {
    stderr.mockRestore();
  }
}

describe("renaming ComplianceSettings without an alias keeps compliance on", () => {
  test("in one up: the old resource's delete leaves the state the new one set, and says why", async () => {
    const old = await providers.ComplianceSettings.create(inputs);
    newDeployment();
    await providers.ComplianceSettings.create(inputs);
    const said = await deleteQuietly(old.id, old.outs);
    expect(await liveState()).toBe("enabled");
    expect(said).toMatch(/ComplianceSettings.*stateOnDelete.*another resource of this stack now manages it/);
  });

  test("in a later up (the first failed after the create): the new resource's diff keeps it", async () => {
    const old = await providers.ComplianceSettings.create(inputs);
    newDeployment();
    const renamed = await providers.ComplianceSettings.create(inputs);
    newDeployment();
    expect((await providers.ComplianceSettings.diff(renamed.id, renamed.outs, inputs)).changes).toBe(false);
    await deleteQuietly(old.id, old.outs);
    expect(await liveState()).toBe("enabled");
  });

  test("removed from the program (nothing else manages it), its delete applies stateOnDelete", async () => {
    const { id, outs } = await providers.ComplianceSettings.create(inputs);
    newDeployment();
    await providers.ComplianceSettings.delete(id, outs);
    expect(await liveState()).toBe("disabled");
  });
});
