import * as pulumi from "@pulumi/pulumi";
import * as vault from "@pulumi/vault";
import * as anthropic from "pulumi-anthropic";

// The key value never leaves Pulumi's secret handling: it goes from the ApiKey output (a secret) into
// Vault's KV store, and state keeps only its ciphertext. Bump `rotation` to rotate the key with no
// downtime: the new key is written to Vault before the old one is revoked.
const config = new pulumi.Config();

const services = new anthropic.Workspace("services", {
  name: "Services",
  spendLimit: { monthlyUsd: 2000 },
});

const portal = new anthropic.ApiKey("portal", {
  workspaceId: services.id,
  name: "Customer Portal Service",
  keepers: { rotation: config.get("rotation") ?? "2026-Q4" },
});

const secret = new vault.kv.SecretV2("portal-anthropic-key", {
  mount: config.get("vaultMount") ?? "secret",
  name: "customer-portal/anthropic",
  dataJson: pulumi.jsonStringify({ ANTHROPIC_API_KEY: portal.key, ANTHROPIC_API_KEY_ID: portal.id }),
});

export const vaultPath = secret.path;
export const keyId = portal.id;
