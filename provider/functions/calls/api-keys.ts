/** `getApiKeys` itself: loaded on its first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { collect } from "../../client";
import type { WireApiKey } from "../../client/schemas";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { getApiKeys as declared } from "../declarations/api-keys";
import type { ApiKeyInfo, GetApiKeysArgs, GetApiKeysResult } from "../generated/api-keys";

function apiKeyInfo(k: WireApiKey): ApiKeyInfo {
  return {
    id: k.id,
    name: k.name,
    status: k.status,
    workspaceId: k.scope.workspace_id ?? null,
    createdAt: k.created_at,
    expiresAt: k.expires_at,
    createdBy: k.created_by?.id ?? null,
    partialKeyHint: k.partial_key_hint ?? null,
  };
}

export async function getApiKeys(args?: GetApiKeysArgs, _opts?: pulumi.InvokeOptions): Promise<GetApiKeysResult> {
  const { organization, ...params } = parseArgs("getApiKeys", declared.args, args);
  const keys = await collect(functionClient("getApiKeys", organization).listApiKeys(params));
  return { apiKeys: keys.map(apiKeyInfo) };
}
