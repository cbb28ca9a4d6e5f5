import type * as pulumi from "@pulumi/pulumi";
import { withoutUndefined } from "../../base/defined";
import type { ExternalKeyCreateBody, WireExternalKey, WireProviderConfig } from "../../client/external-keys";
import { withoutInternal } from "../declared";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import type { ExternalKeyInputs, ExternalKeyOutputs, ProviderConfigInput } from "./schema";

/** Pure planning for ExternalKey: what changed, what replaces, the request bodies and outputs. No I/O here. */

export const diffSpec: DiffSpec = diffSpecOf(inputChanges, { keepWhenUnset: ["geo"] });

export function diffExternalKey(olds: Partial<ExternalKeyOutputs>, news: ExternalKeyInputs): pulumi.dynamic.DiffResult {
  // A Google Cloud key's provider and key name can never change; other configs change in place while
  // no workspace uses the key (the API refuses once one does).
  const gcpFixed = olds.providerConfig?.type === "gcp";
  const spec = gcpFixed
    ? { ...diffSpec, updates: diffSpec.updates.filter((key) => key !== "providerConfig"), replaces: [...diffSpec.replaces, "providerConfig"] }
    : diffSpec;
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, spec);
}

export function wireProviderConfig(config: ProviderConfigInput): WireProviderConfig {
  switch (config.type) {
    case "aws":
      return withoutUndefined({ type: "aws", kms_arn: config.kmsArn, region: config.region }) as WireProviderConfig;
    case "gcp":
      return { type: "gcp", key_name: config.keyName };
    case "azure":
      return withoutUndefined({
        type: "azure", key_name: config.keyName, tenant_id: config.tenantId, vault_uri: config.vaultUri, client_id: config.clientId,
      }) as WireProviderConfig;
  }
}

/** The live config in the user's words; fields the API fills in (`region`, `clientId: null`) stay as unset. */
export function providerConfigFromWire(live: WireExternalKey["provider_config"]): ProviderConfigInput {
  const wire = live as Record<string, unknown>;
  const text = (key: string) => (typeof wire[key] === "string" ? (wire[key] as string) : undefined);
  if (live.type === "aws") return withoutUndefined({ type: "aws", kmsArn: text("kms_arn")!, region: text("region") }) as ProviderConfigInput;
  if (live.type === "gcp") return { type: "gcp", keyName: text("key_name")! };
  return withoutUndefined({
    type: "azure", keyName: text("key_name")!, tenantId: text("tenant_id")!, vaultUri: text("vault_uri")!, clientId: text("client_id"),
  }) as ProviderConfigInput;
}

/**
 * The live config as the program declared it: the declared fields with their live values. A field the
 * program left unset (the region the API derives) is not reported, so it never shows as a change; a
 * different provider type is reported whole.
 */
export function declaredConfig(declared: ProviderConfigInput | undefined, live: ProviderConfigInput): ProviderConfigInput {
  if (!declared || declared.type !== live.type) return live;
  const liveFields = live as Record<string, unknown>;
  return Object.fromEntries(Object.keys(declared).map((key) => [key, liveFields[key]])) as ProviderConfigInput;
}

export function createBody(inputs: ExternalKeyInputs): ExternalKeyCreateBody {
  return withoutUndefined({
    provider_config: wireProviderConfig(inputs.providerConfig),
    display_name: inputs.displayName,
    geo: inputs.geo,
    user_profile_id: inputs.userProfileId,
  });
}

/** What state records: the declared inputs with live values, and whether a workspace uses the key. */
export function outputsFromWire(inputs: Partial<ExternalKeyInputs>, live: WireExternalKey): ExternalKeyOutputs {
  const outputs: ExternalKeyOutputs = {
    ...withoutInternal(inputs as ExternalKeyInputs),
    providerConfig: declaredConfig(inputs.providerConfig, providerConfigFromWire(live.provider_config)),
    attached: live.attachment.type === "attached",
  };
  if (live.display_name !== null) outputs.displayName = live.display_name;
  else delete outputs.displayName;
  if (inputs.geo !== undefined) outputs.geo = live.geo as "us";
  if (inputs.userProfileId !== undefined || live.user_profile_id !== null) outputs.userProfileId = live.user_profile_id ?? undefined;
  return withoutUndefined(outputs) as ExternalKeyOutputs;
}
