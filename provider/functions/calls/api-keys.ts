/** `getApiKeys` itself: loaded on its first call (see ../api-keys.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { collect } from "../../client";
import type { WireApiKey } from "../../client/schemas";
import { userId, workspaceId } from "../../resources/fields";
import type { ApiKeyInfo, GetApiKeysResult } from "../api-keys";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { organizationArgument } from "../organization-argument";

const STATUSES = ["active", "inactive", "archived", "expired"] as const;

const Args = z.strictObject({
  workspaceId: workspaceId.optional(),
  status: z.enum(STATUSES, { error: `must be one of ${STATUSES.join(", ")}` }).optional(),
  /** Only keys this member created. */
  createdByUserId: userId.optional(),
  organization: organizationArgument,
});

export type GetApiKeysArgs = z.input<typeof Args>;

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
  const { organization, ...params } = parseArgs("getApiKeys", Args, args);
  const keys = await collect(functionClient("getApiKeys", organization).listApiKeys(params));
  return { apiKeys: keys.map(apiKeyInfo) };
}
