import { beforeAll, describe, expect, test } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import { getTelemetryDestinationsOutput, getWebhooksOutput, TelemetryDestination, WebhookEndpoint } from "../../provider";
import { useEmulator } from "../support/emulator";
import { outputValue, recordingMocks, SECRET_SIG, SECRET_SIG_KEY, type Registration } from "../support/mocks";
import { useEmulatorEnvironment } from "../functions/environment";

// What a program registers for the two resources: the signing secret and the header values are secrets
// end to end (the engine stores secret inputs and additionalSecretOutputs only as ciphertext).

const emulator = useEmulator();
useEmulatorEnvironment(emulator);

const mocks: pulumi.runtime.Mocks = {
  newResource: ({ type, name, inputs, id }) => {
    if (type.endsWith(":WebhookEndpoint")) return { id: id ?? "whep_mock", state: { ...inputs, signingSecret: "whsec_MOCKVALUE" } };
    return { id: id ?? `${name}-id`, state: inputs };
  },
  call: () => ({}),
};

let registrations: Map<string, Registration>;
beforeAll(async () => {
  registrations = await recordingMocks(mocks, "webhooks-telemetry");
});

const isSecret = (o: pulumi.Output<unknown>) => (o as unknown as { isSecret: Promise<boolean> }).isSecret;

describe("secrets in programs", () => {
  test("WebhookEndpoint: signingSecret is an additional secret output; the name defaults to the logical name", async () => {
    const hook = new WebhookEndpoint("alerts", { url: "https://example.com/hooks", events: ["external_key.failed"], keepers: { rotation: 1 } });
    expect(await outputValue(hook.signingSecret)).toBe("whsec_MOCKVALUE");
    expect(await isSecret(hook.signingSecret)).toBe(true);
    const registered = registrations.get("alerts")!;
    expect(registered.type).toBe("pulumi-nodejs:dynamic/anthropic:WebhookEndpoint");
    expect(registered.secretOutputs).toEqual(["signingSecret"]);
    expect(registered.inputs).toMatchObject({ name: "alerts", url: "https://example.com/hooks", keepers: { rotation: 1 } });
    expect(WebhookEndpoint.isInstance(hook)).toBe(true);
    expect(TelemetryDestination.isInstance(hook)).toBe(false);
  });

  test("TelemetryDestination: header values go to the engine as a secret input and come back as a secret output", async () => {
    const destination = new TelemetryDestination("otel", {
      endpointUrl: "https://gateway.example.com", headers: { authorization: "Bearer mock-token" }, workspaces: { include: ["wrkspc_1"] },
    });
    expect(await isSecret(destination.headers)).toBe(true);
    const registered = registrations.get("otel")!;
    expect(registered.inputs.headers[SECRET_SIG_KEY]).toBe(SECRET_SIG);
    expect(registered.inputs.headers.value).toEqual({ authorization: "Bearer mock-token" });
    expect(registered.secretOutputs).toEqual(["headers"]);
    expect(registered.inputs).toMatchObject({ displayName: "otel", endpointUrl: "https://gateway.example.com" });
  });

  test("get() reads by id with the state given, adding no defaults", async () => {
    const hook = WebhookEndpoint.get("existing-hook", "whep_01existing", { url: "https://example.com/x" });
    expect(await outputValue(hook.id)).toBe("whep_01existing");
    expect(await outputValue(hook.url)).toBe("https://example.com/x");
    // No default name: a read must not look like a declared input.
    expect(await outputValue(hook.name)).toBeUndefined();
    const destination = TelemetryDestination.get("existing-otel", "tdst_01existing");
    expect(await outputValue(destination.id)).toBe("tdst_01existing");
    expect(await outputValue(destination.displayName)).toBeUndefined();
  });

  test("the Output forms resolve like the plain ones", async () => {
    expect(await outputValue(getWebhooksOutput())).toEqual({ webhooks: [] });
    expect(await outputValue(getTelemetryDestinationsOutput({ workspaceIds: pulumi.output([]) }))).toEqual({ destinations: [] });
  });
});
