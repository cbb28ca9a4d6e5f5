import { z } from "zod";
import { invalid } from "../errors";
import type { ExternalKey, ProviderConfig } from "../governance";
import { newId } from "../ids";
import { cursorPageQuery, pageByCursor } from "../pagination";
import { parseWith } from "../params";
import { route, type Route } from "../router";
import { now, type Store } from "../store";

// Customer-managed encryption key configs. The emulator reaches no KMS: `validate` succeeds unless the
// key's ARN or name contains "denied", which stands for a key whose policy does not let Anthropic use it.

const AWS_KMS_ARN = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):\d{12}:(key|alias)\/[A-Za-z0-9/_-]+$/;
const GCP_KEY_NAME = /^projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+$/;
const AZURE_VAULT_URI = /^https:\/\/[a-z0-9-]+\.(vault\.azure\.net|managedhsm\.azure\.net)\/?$/;

const providerConfig = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("aws"),
    kms_arn: z.string().regex(AWS_KMS_ARN, "must be the full ARN of a KMS key, arn:aws:kms:<region>:<account>:key/<key id>"),
    region: z.string().min(1).nullish(),
    role_arn: z.string().nullish(),
  }),
  z.strictObject({
    type: z.literal("gcp"),
    key_name: z.string().regex(GCP_KEY_NAME, "must be projects/<project>/locations/<location>/keyRings/<ring>/cryptoKeys/<key>"),
  }),
  z.strictObject({
    type: z.literal("azure"),
    key_name: z.string().min(1),
    tenant_id: z.string().min(1),
    vault_uri: z.string().regex(AZURE_VAULT_URI, "must be https://<vault>.vault.azure.net or https://<hsm>.managedhsm.azure.net"),
    client_id: z.string().min(1).nullish(),
  }),
]);

const createBody = z.strictObject({
  provider_config: providerConfig,
  display_name: z.string().max(255).nullish(),
  geo: z.literal("us").optional(),
  user_profile_id: z.string().nullish(),
});

const updateBody = z.strictObject({
  display_name: z.string().max(255).nullish(),
  geo: z.literal("us").nullish(),
  provider_config: providerConfig.nullish(),
});

const listQuery = z.object(cursorPageQuery);

const BASE = "/v1/organizations/external_keys";

export const externalKeyRoutes: Route[] = [
  route("POST", BASE, ({ store, body }) => {
    const input = parseWith(createBody, body, "body");
    // The emulator has no user profiles, so a key can only be the organization's own.
    if (input.user_profile_id != null) {
      throw invalid(`user_profile_id: User profile '${input.user_profile_id}' not found.`, "user_profile_not_found");
    }
    const at = now();
    const key: ExternalKey = {
      id: newId("ekey"), type: "external_key", created_at: at, updated_at: at, display_name: input.display_name ?? null,
      geo: "us", provider_config: stored(input.provider_config), user_profile_id: null,
    };
    store.governance.externalKeys.set(key.id, key);
    return withAttachment(store, key);
  }),
  route("GET", BASE, ({ store, query }) => {
    const params = parseWith(listQuery, query, "query");
    const newestFirst = [...store.governance.externalKeys.values()].reverse().map((key) => withAttachment(store, key));
    const { data, next_page } = pageByCursor(newestFirst, params, 20);
    return { data, next_page };
  }),
  route("GET", `${BASE}/{id}`, ({ store, params }) => withAttachment(store, store.governance.externalKey(params.id))),
  route("POST", `${BASE}/{id}`, ({ store, params, body }) => {
    const key = store.governance.externalKey(params.id);
    const input = parseWith(updateBody, body, "body");
    const config = input.provider_config ? stored(input.provider_config) : undefined;
    if (config && key.provider_config.type === "gcp" && (config.type !== "gcp" || config.key_name !== key.provider_config.key_name)) {
      throw invalid(`provider_config: a Google Cloud key's provider and key_name cannot be changed; create another external key.`);
    }
    const reconfigures = config !== undefined && JSON.stringify(config) !== JSON.stringify(key.provider_config);
    if (reconfigures && attachedTo(store, key.id).length > 0) {
      throw invalid(`provider_config: External key '${key.id}' is attached to a workspace; its provider_config and geo can no longer change.`);
    }
    if (input.display_name !== undefined) key.display_name = input.display_name;
    if (config) key.provider_config = config;
    key.updated_at = now();
    return withAttachment(store, key);
  }),
  route("DELETE", `${BASE}/{id}`, ({ store, params }) => {
    const key = store.governance.externalKey(params.id);
    const workspaces = attachedTo(store, key.id);
    if (workspaces.length > 0) {
      throw invalid(
        `External key '${key.id}' is attached to workspace ${workspaces.join(", ")} and cannot be deleted: ` +
          "data encrypted under it (archived workspaces included) still needs it.",
      );
    }
    store.governance.externalKeys.delete(key.id);
    return { id: key.id, type: "external_key_deleted" };
  }),
  route("POST", `${BASE}/{id}/validate`, ({ store, params }) => {
    const key = store.governance.externalKey(params.id);
    const config = key.provider_config;
    const name = config.type === "aws" ? config.kms_arn : config.key_name;
    const denied = name.toLowerCase().includes("denied");
    return {
      type: "external_key_validation",
      status: denied ? "failure" : "success",
      error: denied ? `The ${config.type.toUpperCase()} KMS denied the encrypt/decrypt round trip: Anthropic is not allowed to use ${name}.` : null,
    };
  }),
];

/** What the API keeps: the region derived from the ARN when not given, the deprecated role ARN dropped. */
function stored(config: z.infer<typeof providerConfig>): ProviderConfig {
  if (config.type === "aws") {
    const region = AWS_KMS_ARN.exec(config.kms_arn)![1];
    if (config.region != null && config.region !== region) {
      throw invalid(`provider_config.region: '${config.region}' is not the region of kms_arn ('${region}').`);
    }
    return { type: "aws", kms_arn: config.kms_arn, region };
  }
  if (config.type === "azure") return { ...config, client_id: config.client_id ?? null };
  return config;
}

/** Workspaces whose data is encrypted under the key: live and archived ones alike. */
function attachedTo(store: Store, keyId: string): string[] {
  return [...store.workspaces.values()].filter((w) => w.external_key_id === keyId).map((w) => w.id);
}

function withAttachment(store: Store, key: ExternalKey) {
  return { ...key, attachment: { type: attachedTo(store, key.id).length > 0 ? "attached" : "unattached" } };
}
