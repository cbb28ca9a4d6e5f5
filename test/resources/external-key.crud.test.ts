import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { UNKNOWN } from "../../provider/resources/check";
import { adminFetch, useEmulator } from "../support/emulator";
import { configuredProvider, newDeployment, requestsByRoute } from "../support/provider";

const emulator = useEmulator();
let keys: Required<pulumi.dynamic.ResourceProvider>;
let workspaces: Required<pulumi.dynamic.ResourceProvider>;
beforeAll(async () => {
  keys = await configuredProvider("ExternalKey", emulator);
  workspaces = await configuredProvider("Workspace", emulator);
});
beforeEach(() => newDeployment());

const ARN = "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-000011112222";
const aws = { type: "aws", kmsArn: ARN };
const KEY_ROUTE = "/v1/organizations/external_keys/{id}";

/** As the engine does: create receives the inputs check() normalised. */
async function create(news: Record<string, unknown>) {
  const { inputs, failures } = await keys.check({}, news);
  expect(failures).toEqual([]);
  return { inputs, ...(await keys.create(inputs)) };
}

describe("ExternalKey", () => {
  test("create is one request; outputs hold the config as declared (the derived region stays out)", async () => {
    await emulator.control.resetRequests();
    const { id, outs } = await create({ providerConfig: aws, displayName: "Prod CMK" });
    expect(id).toMatch(/^ekey_/);
    expect(await requestsByRoute(emulator)).toEqual({ "POST /v1/organizations/external_keys": 1 });
    expect(outs).toMatchObject({ providerConfig: aws, displayName: "Prod CMK", attached: false });
    const live = (await adminFetch(emulator, "GET", `/v1/organizations/external_keys/${id}`)).body;
    expect(live.provider_config).toEqual({ type: "aws", kms_arn: ARN, region: "us-east-1" });

    // No drift on refresh, and no change for the next preview (0 requests).
    await emulator.control.resetRequests();
    const read = await keys.read(id, outs);
    expect(read.inputs).toEqual({ providerConfig: aws, displayName: "Prod CMK" });
    expect((await keys.diff(id, read.props, read.inputs)).changes).toBe(false);
    expect(await requestsByRoute(emulator)).toEqual({ [`GET ${KEY_ROUTE}`]: 1 });
  });

  test("a name or config change is one update in place; a GCP key name change replaces", async () => {
    const { id, outs, inputs } = await create({ providerConfig: aws, displayName: "A" });
    const azure = { type: "azure", keyName: "cmk", tenantId: "tenant-1", vaultUri: "https://corp.vault.azure.net" };
    const news = { ...inputs, displayName: "B", providerConfig: azure };
    expect(await keys.diff(id, outs, news)).toMatchObject({ changes: true, replaces: [] });
    await emulator.control.resetRequests();
    const { outs: after } = await keys.update(id, outs, news);
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${KEY_ROUTE}`]: 1 });
    expect(after).toMatchObject({ displayName: "B", providerConfig: azure });

    const gcp = { type: "gcp", keyName: "projects/p/locations/us/keyRings/r/cryptoKeys/a" };
    const g = await create({ providerConfig: gcp, displayName: "G" });
    const moved = { ...g.inputs, providerConfig: { ...gcp, keyName: gcp.keyName.replace(/a$/, "b") } };
    expect((await keys.diff(g.id, g.outs, moved)).replaces).toEqual(["providerConfig"]);
    expect((await keys.diff(g.id, g.outs, { ...g.inputs, displayName: "H" })).replaces).toEqual([]);
  });

  test("validate: a key the KMS refuses is not kept and the error says why; a good one costs one more request", async () => {
    await emulator.control.resetRequests();
    const good = await create({ providerConfig: aws, displayName: "ok", validate: true });
    expect(await requestsByRoute(emulator)).toEqual({
      "POST /v1/organizations/external_keys": 1, "POST /v1/organizations/external_keys/{id}/validate": 1,
    });
    expect(good.outs.attached).toBe(false);

    const denied = { type: "gcp", keyName: "projects/p/locations/us/keyRings/r/cryptoKeys/denied" };
    const { inputs } = await keys.check({}, { providerConfig: denied, displayName: "bad", validate: true });
    await expect(keys.create(inputs)).rejects.toThrow(/providerConfig: the KMS check of ekey_\S+ failed: .*denied.*not kept/);
    const left = (await adminFetch(emulator, "GET", "/v1/organizations/external_keys")).body.data;
    expect(left.map((k: { id: string }) => k.id)).toEqual([good.id]);
  });

  test("drift: a name changed elsewhere shows at refresh; a key deleted elsewhere is gone", async () => {
    const { id, outs } = await create({ providerConfig: aws, displayName: "Mine" });
    await adminFetch(emulator, "POST", `/v1/organizations/external_keys/${id}`, { body: { display_name: "Theirs" } });
    const read = await keys.read(id, outs);
    expect(read.inputs).toMatchObject({ displayName: "Theirs" });
    expect((await keys.diff(id, read.props, { providerConfig: aws, displayName: "Mine" })).changes).toBe(true);

    await adminFetch(emulator, "DELETE", `/v1/organizations/external_keys/${id}`);
    expect((await keys.read(id, outs)).id).toBe("");
  });

  test("a Workspace takes the key's id as an Output: unknown at preview is an update, attached it is fixed", async () => {
    const key = await create({ providerConfig: aws, displayName: "CMK" });
    const { inputs: wsInputs } = await workspaces.check({}, { name: "Sealed", externalKeyId: UNKNOWN });
    expect((await workspaces.check({}, { name: "Sealed", externalKeyId: UNKNOWN })).failures).toEqual([]);

    const plain = await workspaces.create({ name: "Sealed" });
    // Attaching a key to a workspace that had none is an update, even while the id is unknown.
    expect(await workspaces.diff(plain.id, plain.outs, { ...wsInputs, externalKeyId: UNKNOWN })).toMatchObject({ changes: true, replaces: [] });
    const { outs: attached } = await workspaces.update(plain.id, plain.outs, { name: "Sealed", externalKeyId: key.id });
    expect(attached.externalKeyId).toBe(key.id);
    // Another key would need a new workspace.
    expect((await workspaces.diff(plain.id, attached, { name: "Sealed", externalKeyId: "ekey_other" })).replaces).toEqual(["externalKeyId"]);

    const read = await keys.read(key.id, key.outs);
    expect(read.props.attached).toBe(true);
    // The API keeps an attached key: delete says so and what to do.
    await expect(keys.delete(key.id, read.props)).rejects.toThrow(/cannot be deleted.*retainOnDelete/);
  });

  test("delete is one request; a key already gone is done", async () => {
    const { id, outs } = await create({ providerConfig: aws, displayName: "Temp" });
    await emulator.control.resetRequests();
    await keys.delete(id, outs);
    expect(await requestsByRoute(emulator)).toEqual({ [`DELETE ${KEY_ROUTE}`]: 1 });
    await expect(keys.delete(id, outs)).resolves.toBeUndefined();
  });
});
