/**
 * Customer-managed encryption keys (CMEK): `/v1/organizations/external_keys`. A config is inert until a
 * workspace attaches it (`external_key_id`); once attached, its provider fields are fixed and it cannot
 * be deleted (archived workspaces count: their data stays encrypted under it).
 */
import { z } from "zod";
import { cursorPageSchema, paginateByCursor } from "./pagination";
import { pageLimit } from "./page-limit";
import { request, type RequestContext } from "./request";
import { deletedSchema, type WireDeleted } from "./schemas";

const awsConfig = z.lazy(() => z.looseObject({
  type: z.literal("aws"),
  kms_arn: z.string(),
  region: z.string().nullish(),
  /** Deprecated and ignored by the API; accepted so a config written with it still parses. */
  role_arn: z.string().nullish(),
}));
const gcpConfig = z.lazy(() => z.looseObject({ type: z.literal("gcp"), key_name: z.string() }));
const azureConfig = z.lazy(() => z.looseObject({
  type: z.literal("azure"),
  key_name: z.string(),
  tenant_id: z.string(),
  vault_uri: z.string(),
  client_id: z.string().nullish(),
}));

/** KMS coordinates: names and identifiers, none of them a secret (access is granted by KMS policy). */
export const ProviderConfigSchema = z.lazy(() => z.discriminatedUnion("type", [awsConfig, gcpConfig, azureConfig]));

export const ExternalKeySchema = z.lazy(() => z.looseObject({
  id: z.string(),
  type: z.literal("external_key"),
  attachment: z.looseObject({ type: z.string() }),
  created_at: z.string(),
  updated_at: z.string(),
  display_name: z.string().nullable(),
  geo: z.string(),
  provider_config: z.looseObject({ type: z.string() }),
  user_profile_id: z.string().nullable(),
}));

export const ExternalKeyValidationSchema = z.lazy(() => z.looseObject({
  type: z.literal("external_key_validation"),
  status: z.string(),
  error: z.string().nullable(),
}));

export const ExternalKeyCreateBody = z.lazy(() => z.looseObject({
  provider_config: ProviderConfigSchema,
  display_name: z.string().nullish(),
  geo: z.literal("us").optional(),
  user_profile_id: z.string().nullish(),
}));

export const ExternalKeyUpdateBody = z.lazy(() => z.looseObject({
  display_name: z.string().nullish(),
  geo: z.literal("us").nullish(),
  provider_config: ProviderConfigSchema.nullish(),
}));

export type WireProviderConfig = z.infer<typeof ProviderConfigSchema>;
export type WireExternalKey = z.infer<typeof ExternalKeySchema>;
export type WireExternalKeyValidation = z.infer<typeof ExternalKeyValidationSchema>;
export type ExternalKeyCreateBody = z.input<typeof ExternalKeyCreateBody>;
export type ExternalKeyUpdateBody = z.input<typeof ExternalKeyUpdateBody>;

export interface ExternalKeysApi {
  /** Not retried after it may have reached the server: a second config could be created. */
  createExternalKey(body: ExternalKeyCreateBody): Promise<WireExternalKey>;
  getExternalKey(externalKeyId: string): Promise<WireExternalKey>;
  listExternalKeys(params?: { limit?: number }): AsyncIterable<WireExternalKey>;
  updateExternalKey(externalKeyId: string, body: ExternalKeyUpdateBody): Promise<WireExternalKey>;
  deleteExternalKey(externalKeyId: string): Promise<WireDeleted<"external_key_deleted">>;
  /** An encrypt/decrypt round trip against the KMS; 200 either way, `status` says whether it worked. */
  validateExternalKey(externalKeyId: string): Promise<WireExternalKeyValidation>;
}

const ExternalKeysPage = cursorPageSchema(ExternalKeySchema);

export function externalKeysApi(ctx: RequestContext): ExternalKeysApi {
  return {
    createExternalKey: (body) =>
      request(ctx, {
        operation: "createExternalKey",
        method: "POST",
        path: ["external_keys"],
        body,
        bodySchema: ExternalKeyCreateBody,
        idempotent: false,
        schema: ExternalKeySchema,
      }),
    getExternalKey: (externalKeyId) =>
      request(ctx, { operation: "getExternalKey", method: "GET", path: ["external_keys", externalKeyId], schema: ExternalKeySchema }),
    listExternalKeys: (params = {}) =>
      paginateByCursor("listExternalKeys", (page) =>
        request(ctx, {
          operation: "listExternalKeys",
          method: "GET",
          path: ["external_keys"],
          query: { limit: pageLimit(params.limit, "listExternalKeys"), page },
          schema: ExternalKeysPage,
        }),
      ),
    updateExternalKey: (externalKeyId, body) =>
      request(ctx, {
        operation: "updateExternalKey",
        method: "POST",
        path: ["external_keys", externalKeyId],
        body,
        bodySchema: ExternalKeyUpdateBody,
        idempotent: true,
        schema: ExternalKeySchema,
      }),
    deleteExternalKey: (externalKeyId) =>
      request(ctx, {
        operation: "deleteExternalKey",
        method: "DELETE",
        path: ["external_keys", externalKeyId],
        schema: deletedSchema("external_key_deleted"),
      }),
    validateExternalKey: (externalKeyId) =>
      request(ctx, {
        operation: "validateExternalKey",
        method: "POST",
        path: ["external_keys", externalKeyId, "validate"],
        // A round trip changes nothing: sending it twice is as good as once.
        idempotent: true,
        schema: ExternalKeyValidationSchema,
      }),
  };
}
