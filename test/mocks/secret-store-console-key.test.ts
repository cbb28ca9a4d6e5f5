import { beforeAll, expect, test } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import { outputValue, recordingMocks, SECRET_SIG, SECRET_SIG_KEY, type Registration } from "../support/mocks";

// examples/secret-store on the real API's path: a key made in the Console, adopted with its value from
// `pulumi config set --secret consoleKeyValue`. The value reaches Vault as the ApiKey's secret output and
// is passed to the provider as a secret input (so state keeps only its ciphertext).
const VALUE = ["sk-ant-api03", "console-made-value-AAAA"].join("-");

const mocks: pulumi.runtime.Mocks = {
  newResource: ({ type, name, inputs }) => {
    // As the provider answers: the checked value as the `key` output (the engine makes it secret).
    if (type.endsWith(":ApiKey")) return { id: inputs.adoptId, state: { ...inputs, key: VALUE, name: "Console key" } };
    if (type.endsWith(":Workspace")) return { id: "wrkspc_mock", state: inputs };
    return { id: `${name}-id`, state: { ...inputs, path: `${inputs.mount}/data/${inputs.name}` } };
  },
  call: () => ({}),
};

let registrations: Map<string, Registration>;
let program: typeof import("../../examples/secret-store/index.ts");
beforeAll(async () => {
  registrations = await recordingMocks(mocks, "anthropic-secret-store");
  pulumi.runtime.setAllConfig(
    { "anthropic-secret-store:consoleKeyId": "apikey_console", "anthropic-secret-store:consoleKeyValue": VALUE },
    ["anthropic-secret-store:consoleKeyValue"],
  );
  program = await import("../../examples/secret-store/index.ts");
});

test("an adopted Console key's value goes to Vault as a secret, and to the provider as a secret input", async () => {
  expect(await outputValue(program.keyId)).toBe("apikey_console");
  expect(await outputValue(program.vaultPath)).toBe("secret/data/customer-portal/anthropic");
  const portal = registrations.get("portal")!;
  expect(portal.inputs.adoptId).toBe("apikey_console");
  expect(portal.inputs.workspaceId).toBeUndefined();
  expect(portal.inputs.key).toEqual({ [SECRET_SIG_KEY]: SECRET_SIG, value: VALUE });
  expect(portal.secretOutputs).toEqual(["key"]);

  const dataJson = registrations.get("portal-anthropic-key")!.inputs.dataJson;
  expect(dataJson[SECRET_SIG_KEY]).toBe(SECRET_SIG);
  expect(JSON.parse(dataJson.value)).toEqual({ ANTHROPIC_API_KEY: VALUE, ANTHROPIC_API_KEY_ID: "apikey_console" });
});
