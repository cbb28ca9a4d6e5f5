import * as pulumi from "@pulumi/pulumi";
import * as vault from "@pulumi/vault";
import * as anthropic from "pulumi-anthropic";

// The key value never leaves Pulumi's secret handling: it goes from the ApiKey output (a secret) into
// Vault's KV store, and state keeps only its ciphertext.
//
// Two ways to get the key:
// - Created here (the emulator, or any server with key creation): bump `rotation` to rotate it with no
//   downtime; the new key is written to Vault before the old one is revoked.
// - Made in the Console (api.anthropic.com mints keys only there): set `consoleKeyId` and
//   `pulumi config set --secret consoleKeyValue sk-ant-api03-...`. The value is checked against the
//   key's hint at preview, before anything is written, and then flows on as the same secret output.
const config = new pulumi.Config();
const consoleKeyId = config.get("consoleKeyId");

const services = new anthropic.Workspace("services", {
  name: "Services",
  spendLimit: { monthlyUsd: 2000 },
});

const portal = consoleKeyId
  ? new anthropic.ApiKey("portal", { adoptId: consoleKeyId, key: config.requireSecret("consoleKeyValue") })
  : new anthropic.ApiKey("portal", {
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
