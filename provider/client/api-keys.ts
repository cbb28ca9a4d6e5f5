/**
 * API keys: `/v1/organizations/api_keys`. Listing, reading and updating are the public API; creating
 * (`POST /api_keys`) is an extension some servers offer (the emulator does, api.anthropic.com does not).
 */
import { AnthropicAdminError, InvalidRequestError, KeyCreationUnsupportedError } from "./errors";
import { idPageSchema, paginateById } from "./pagination";
import { pageLimit } from "./page-limit";
import { operationName, request, type RequestContext } from "./request";
import { ApiKeyCreateBody, ApiKeyUpdateBody } from "./request-schemas";
import { ApiKeySchema, CreatedApiKeySchema, type WireApiKey, type WireCreatedApiKey } from "./schemas";

export interface ListApiKeysParams {
  workspaceId?: string;
  status?: "active" | "inactive" | "archived" | "expired";
  createdByUserId?: string;
  /** Page size, 1..1000 (default 1000). */
  limit?: number;
}

export interface CreateApiKeyOptions {
  /**
   * Sent as `Idempotency-Key` (1..255 printable ASCII characters). The server answers a repeat of the
   * same request with the same key by replaying the first response, so the create is retried like any
   * idempotent request, and a create resent after a crash returns the key it made instead of a second one.
   */
  idempotencyKey?: string;
}

/** `replayed`: the server answered with the key an earlier request with the same idempotency key made. */
export type CreatedApiKey = WireCreatedApiKey & { replayed: boolean };

export interface ApiKeysApi {
  /**
   * Mints a key; the result's `key` is the secret and is returned only this once. Without an
   * idempotency key it is never retried once it may have reached the server. Throws
   * {@link KeyCreationUnsupportedError} on servers without it.
   */
  createApiKey(body: ApiKeyCreateBody, options?: CreateApiKeyOptions): Promise<CreatedApiKey>;
  listApiKeys(params?: ListApiKeysParams): AsyncIterable<WireApiKey>;
  getApiKey(apiKeyId: string): Promise<WireApiKey>;
  updateApiKey(apiKeyId: string, body: ApiKeyUpdateBody): Promise<WireApiKey>;
}

const ApiKeysPage = idPageSchema(ApiKeySchema);

/**
 * A server without the extension answers 405 (the path exists for GET) or a bare 404. A 404 whose
 * message names the requested workspace comes from a server that has the endpoint and is a real
 * "workspace not found".
 */
export function isKeyCreationUnsupported(err: unknown, workspaceId: string): err is AnthropicAdminError {
  if (!(err instanceof AnthropicAdminError)) return false;
  if (err.status === 405) return true;
  return err.status === 404 && !(err.serverMessage ?? "").includes(workspaceId);
}

function unsupported(err: AnthropicAdminError, body: ApiKeyCreateBody): KeyCreationUnsupportedError {
  const message =
    `${err.operation} failed: this Admin API server does not offer key creation (POST /v1/organizations/api_keys ` +
    `answered ${err.status}${err.requestId ? `, request-id ${err.requestId}` : ""}). api.anthropic.com mints keys ` +
    `only in the Console: create the key "${body.name}" there, then adopt it with ` +
    `\`new anthropic.ApiKey("...", { workspaceId, name: "${body.name}", adoptId: "apikey_..." })\`.`;
  return new KeyCreationUnsupportedError(message, {
    operation: err.operation,
    status: err.status,
    errorType: err.errorType,
    requestId: err.requestId,
    cause: err,
  });
}

// What Stripe-style servers accept; checked here so a bad key fails before anything is sent.
const IDEMPOTENCY_KEY = /^[\x20-\x7e]{1,255}$/;

function checkIdempotencyKey(operation: string, key: string): void {
  if (typeof key === "string" && IDEMPOTENCY_KEY.test(key)) return;
  throw new InvalidRequestError(
    `${operation} was not sent: invalid request: idempotencyKey: must be 1 to 255 printable ASCII characters`,
    { operation },
  );
}

export function apiKeysApi(ctx: RequestContext): ApiKeysApi {
  return {
    createApiKey: async (body, options = {}) => {
      const { idempotencyKey } = options;
      if (idempotencyKey !== undefined) checkIdempotencyKey(operationName(ctx.operationPrefix, "createApiKey"), idempotencyKey);
      let replayed = false;
      try {
        const created = await request(ctx, {
          operation: "createApiKey",
          method: "POST",
          path: ["api_keys"],
          body,
          bodySchema: ApiKeyCreateBody,
          idempotent: idempotencyKey !== undefined,
          headers: idempotencyKey !== undefined ? { "idempotency-key": idempotencyKey } : undefined,
          schema: CreatedApiKeySchema,
          onSuccessHeaders: (header) => (replayed = header("idempotent-replayed") === "true"),
        });
        return { ...created, replayed };
      } catch (err) {
        if (isKeyCreationUnsupported(err, body.workspace_id)) throw unsupported(err, body);
        throw err;
      }
    },
    listApiKeys: (params = {}) =>
      paginateById("listApiKeys", (afterId) =>
        request(ctx, {
          operation: "listApiKeys",
          method: "GET",
          path: ["api_keys"],
          query: {
            workspace_id: params.workspaceId,
            status: params.status,
            created_by_user_id: params.createdByUserId,
            limit: pageLimit(params.limit, "listApiKeys"),
            after_id: afterId,
          },
          schema: ApiKeysPage,
        }),
      ),
    getApiKey: (apiKeyId) =>
      request(ctx, { operation: "getApiKey", method: "GET", path: ["api_keys", apiKeyId], schema: ApiKeySchema }),
    updateApiKey: (apiKeyId, body) =>
      request(ctx, {
        operation: "updateApiKey",
        method: "POST",
        path: ["api_keys", apiKeyId],
        body,
        bodySchema: ApiKeyUpdateBody,
        idempotent: true,
        schema: ApiKeySchema,
      }),
  };
}
