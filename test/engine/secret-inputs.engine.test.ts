import { afterAll, beforeAll, expect, test } from "vitest";
import { join } from "node:path";
import { canaryText } from "../support/canary";
import { useEmulator } from "../support/emulator";
import { pulumiProject, setConfig, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

// Finding 3 of issue 15, through the real CLI: `pulumi preview` of a FederationIssuer given a private
// JWK printed the key (the engine prints the value of a check failure's property). Each input that may
// hold key material gets a bad value with a canary; the preview fails naming it and prints nothing of it.
// (The engine stops at the first failing check, so each case is a preview of its own.)
const emulator = useEmulator({ resetBeforeEach: false });
let project: PulumiProject;

beforeAll(async () => {
  project = await pulumiProject(join(__dirname, "projects/secret-inputs"));
  await useEmulatorConfig(project, emulator);
  await setConfig(project, { modulus: `${"A".repeat(40)}Q` }, { "anthropic:authToken": emulator.oauthToken });
}, 600_000);

afterAll(() => project?.dispose());

test.each([
  ["privateRsa", /FederationIssuer resource 'private-rsa' has a problem: jwks\.keys\[0\]: holds private key material \(d\); give only the public key \(value hidden\)/],
  ["symmetric", /FederationIssuer resource 'symmetric' has a problem: jwks\.keys\[0\]: symmetric \(oct\) keys are not accepted; give the issuer's public keys \(value hidden\)/],
  ["header", /TelemetryDestination resource 'otel' has a problem: headers\.Authorization: value must not begin or end with a space/],
  ["apiKeyKeepers", /ApiKey resource 'keepers' has a problem: keepers\.version: keepers must be strings, numbers or booleans \(value hidden\)/],
  ["webhookKeepers", /WebhookEndpoint resource 'hook' has a problem: keepers\.version: keepers must be strings, numbers or booleans \(value hidden\)/],
])("preview refuses a bad %s naming the input, and prints nothing of its value", { timeout: 300_000 }, async (which, message) => {
  const canary = canaryText(which);
  await setConfig(project, { case: which, canary });
  await emulator.control.resetRequests();
  const { code, output } = await project.run(["preview"]);
  expect(code).not.toBe(0);
  expect(output.slice(output.indexOf("\nDiagnostics:"))).toMatch(message);
  // The canary's random part, whole or in part, appears nowhere in what the CLI printed.
  const random = canary.slice(which.length + "CANARY".length);
  expect(output).not.toContain(random.slice(0, 16));
  expect(output).not.toContain(random.slice(-16));
  expect((await emulator.control.requests()).total).toBe(0);
});
