import { beforeAll, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { outputValue, recordingMocks, SECRET_SIG, SECRET_SIG_KEY, type Registration } from "../support/mocks";

// examples/secret-store under mocks: neither a Vault server nor the Vault provider plugin (a download)
// can run on our machines. Secret outputs are applied as the engine applies them, so this shows the key
// reaching Vault as a secret, never as plain text.

const mocks: pulumi.runtime.Mocks = {
  newResource: ({ type, name, inputs }) => {
    if (type.endsWith(":ApiKey")) return { id: "apikey_mock", state: { ...inputs, key: "sk-ant-api03-MOCKVALUE" } };
    if (type.endsWith(":Workspace")) return { id: "wrkspc_mock", state: inputs };
    return { id: `${name}-id`, state: { ...inputs, path: `${inputs.mount}/data/${inputs.name}` } };
  },
  call: () => ({}),
};

let registrations: Map<string, Registration>;
let program: typeof import("../../examples/secret-store/index.ts");
beforeAll(async () => {
  registrations = await recordingMocks(mocks, "anthropic-secret-store");
  program = await import("../../examples/secret-store/index.ts");
});

test("the key is written to Vault as a secret, with its id, from the rotating ApiKey", async () => {
  expect(await outputValue(program.keyId)).toBe("apikey_mock");
  expect(await outputValue(program.vaultPath)).toBe("secret/data/customer-portal/anthropic");

  const vaultSecret = registrations.get("portal-anthropic-key")!;
  expect(vaultSecret.type).toBe("vault:kv/secretV2:SecretV2");
  // What Vault receives is marked secret, and it is the key the ApiKey produced.
  const dataJson = vaultSecret.inputs.dataJson;
  expect(dataJson[SECRET_SIG_KEY]).toBe(SECRET_SIG);
  expect(JSON.parse(dataJson.value)).toEqual({ ANTHROPIC_API_KEY: "sk-ant-api03-MOCKVALUE", ANTHROPIC_API_KEY_ID: "apikey_mock" });

  expect(registrations.get("portal")!.inputs).toMatchObject({ workspaceId: "wrkspc_mock", keepers: { rotation: "2026-Q4" } });
  expect(registrations.get("portal")!.secretOutputs).toEqual(["key"]);
});
