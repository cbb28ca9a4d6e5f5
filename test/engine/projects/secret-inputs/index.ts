import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

// Each case gives one input that may hold key material a bad value carrying the configured canary:
// the preview must refuse it and print nothing of the canary.
const config = new pulumi.Config();
const canary = config.require("canary");
const publicRsa = { kty: "RSA", e: "AQAB", n: config.require("modulus") };

const cases: Record<string, () => void> = {
  privateRsa: () =>
    new anthropic.FederationIssuer("private-rsa", {
      issuerUrl: "https://ci.example.com",
      jwks: { type: "inline", keys: [{ ...publicRsa, d: canary }] },
    }),
  symmetric: () =>
    new anthropic.FederationIssuer("symmetric", { issuerUrl: "https://ci.example.com", jwks: { type: "inline", keys: [{ kty: "oct", k: canary }] } }),
  header: () =>
    new anthropic.TelemetryDestination("otel", { endpointUrl: "https://otel.example.com", headers: { Authorization: `Bearer ${canary} ` } }),
  apiKeyKeepers: () =>
    new anthropic.ApiKey("keepers", { name: "k", workspaceId: "wrkspc_01ABCDEF", keepers: { version: { value: canary } } as never }),
  webhookKeepers: () =>
    new anthropic.WebhookEndpoint("hook", { url: "https://example.com/hooks", events: ["external_key.failed"], keepers: { version: [canary] } as never }),
};
cases[config.require("case")]!();
