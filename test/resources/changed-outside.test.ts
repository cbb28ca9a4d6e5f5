import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { clientFor } from "../support/admin-client";
import { useEmulator } from "../support/emulator";
import { oauthProvider, personSdk } from "../support/oauth-provider";
import { newDeployment, useProviders } from "../support/provider";

// Finding 11 of issue 15: a change outside Pulumi to a field the program leaves at its default is
// recorded by refresh and reported (refresh and every preview), but set back only when declared.
const emulator = useEmulator();
const providers = useProviders(emulator);

/** What the provider warns, outside an engine: lines on stderr. */
let warnings: string[];
beforeEach(() => {
  newDeployment();
  warnings = [];
  const write = process.stderr.write.bind(process.stderr);
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
    if (typeof chunk === "string" && chunk.startsWith("warning: ")) warnings.push(chunk);
    return write(chunk as string, ...(rest as []));
  });
});
afterEach(() => vi.restoreAllMocks());

async function keyDeactivatedInConsole() {
  const workspaceId = (await emulator.control.seedWorkspace({ name: "Keys" })).id;
  const inputs = { name: "portal", workspaceId };
  const { id, outs } = await providers.ApiKey.create(inputs);
  await clientFor(emulator).client.updateApiKey(id, { status: "inactive" });
  return { id, outs, inputs };
}

const liveStatus = async (id: string) => (await clientFor(emulator).client.getApiKey(id)).status;

describe("a key deactivated outside Pulumi, status left at its default", () => {
  test("refresh records inactive and warns, naming the key, the field, both values and that outputs were updated", async () => {
    const { id, outs } = await keyDeactivatedInConsole();
    const read = await providers.ApiKey.read(id, outs);
    expect(read.props?.status).toBe("inactive");
    expect(read.inputs).not.toHaveProperty("status");
    expect(read.props?.__changedOutside).toEqual({ status: { was: "active", now: "inactive" } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`ApiKey "portal" (${id}): status was changed outside Pulumi from "active" to "inactive"; the outputs record "inactive"`);
    expect(warnings[0]).toContain('declare status: "active"');

    // A second refresh that sees nothing new records the change still, without a second warning.
    const again = await providers.ApiKey.read(id, read.props);
    expect(again.props?.__changedOutside).toEqual({ status: { was: "active", now: "inactive" } });
    expect(warnings).toHaveLength(1);
  });

  test("the preview warns too, plans no change, and up leaves the key inactive", async () => {
    const { id, outs, inputs } = await keyDeactivatedInConsole();
    const read = await providers.ApiKey.read(id, outs);
    warnings = [];
    const diff = await providers.ApiKey.diff(id, read.props, inputs);
    expect(diff.changes).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("status was changed outside Pulumi");
    expect(await liveStatus(id)).toBe("inactive");
  });

  test('declaring status: "active" plans an update that reactivates it, and the record is gone', async () => {
    const { id, outs, inputs } = await keyDeactivatedInConsole();
    const read = await providers.ApiKey.read(id, outs);
    warnings = [];
    const news = { ...inputs, status: "active" };
    expect(await providers.ApiKey.diff(id, read.props, news)).toMatchObject({ changes: true, replaces: [] });
    expect(warnings).toEqual([]);
    const { outs: updated } = await providers.ApiKey.update(id, read.props, news);
    expect(await liveStatus(id)).toBe("active");
    expect(updated).not.toHaveProperty("__changedOutside");
    expect((await providers.ApiKey.diff(id, updated, news)).changes).toBe(false);
  });

  test("an update of another field keeps the record, and the next preview still warns", async () => {
    const { id, outs, inputs } = await keyDeactivatedInConsole();
    const read = await providers.ApiKey.read(id, outs);
    const news = { ...inputs, name: "portal-renamed" };
    const { outs: updated } = await providers.ApiKey.update(id, read.props, news);
    expect(updated.__changedOutside).toEqual({ status: { was: "active", now: "inactive" } });
    warnings = [];
    expect((await providers.ApiKey.diff(id, updated, news)).changes).toBe(false);
    expect(warnings.join("")).toContain(`ApiKey "portal-renamed" (${id}): status was changed outside Pulumi from "active" to "inactive"`);
    expect(await liveStatus(id)).toBe("inactive");
  });

  test("reactivated outside Pulumi too: the record goes, and previews are quiet again", async () => {
    const { id, outs, inputs } = await keyDeactivatedInConsole();
    const read = await providers.ApiKey.read(id, outs);
    await clientFor(emulator).client.updateApiKey(id, { status: "active" });
    const back = await providers.ApiKey.read(id, read.props);
    expect(back.props).not.toHaveProperty("__changedOutside");
    warnings = [];
    await providers.ApiKey.diff(id, back.props, inputs);
    expect(warnings).toEqual([]);
  });
});

test("the rule holds for other kinds: a service account's undeclared role changed outside Pulumi", async () => {
  const accounts = await oauthProvider("ServiceAccount", emulator);
  const { id, outs } = await accounts.create({ name: "ci-deploy" });
  await personSdk(emulator).beta.organization.serviceAccounts.update(id, { organization_role: "admin" } as never);
  const read = await accounts.read(id, outs);
  expect(read.props?.__changedOutside).toEqual({ organizationRole: { was: "developer", now: "admin" } });
  expect(warnings.join("")).toContain(`ServiceAccount "ci-deploy" (${id}): organizationRole was changed outside Pulumi from "developer" to "admin"`);
  expect((await accounts.diff(id, read.props, { name: "ci-deploy" })).changes).toBe(false);
});
