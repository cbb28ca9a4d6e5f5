/** API keys of the organization: names, status and hints, never a key's value. */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { collect } from "../client";
import type { WireApiKey } from "../client/schemas";
import { userId, workspaceId } from "../resources/fields";
import { parseArgs } from "./arguments";
import { functionClient } from "./client";
import { outputOf } from "./output";

const STATUSES = ["active", "inactive", "archived", "expired"] as const;

const Args = z.strictObject({
  workspaceId: workspaceId.optional(),
  status: z.enum(STATUSES, { error: `must be one of ${STATUSES.join(", ")}` }).optional(),
  /** Only keys this member created. */
  createdByUserId: userId.optional(),
});

export type GetApiKeysArgs = z.input<typeof Args>;
export interface GetApiKeysOutputArgs {
  workspaceId?: pulumi.Input<string>;
  status?: pulumi.Input<GetApiKeysArgs["status"]>;
  createdByUserId?: pulumi.Input<string>;
}

export interface ApiKeyInfo {
  /** `apikey_...` */
  id: string;
  name: string;
  /** `active`, `inactive`, `archived` or `expired`. */
  status: string;
  /** Null for an organization-scoped key. */
  workspaceId: string | null;
  createdAt: string;
  expiresAt: string | null;
  /** Id of the user (or service account) that created the key, when known. */
  createdBy: string | null;
  /** A redacted hint such as `sk-ant-api03-R2D...igAA`, never the key. */
  partialKeyHint: string | null;
}

export interface GetApiKeysResult {
  apiKeys: ApiKeyInfo[];
}

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

/** Every matching key, following all pages; all statuses unless `status` is given. */
export async function getApiKeys(args?: GetApiKeysArgs, _opts?: pulumi.InvokeOptions): Promise<GetApiKeysResult> {
  const params = parseArgs("getApiKeys", Args, args);
  const keys = await collect(functionClient("getApiKeys").listApiKeys(params));
  return { apiKeys: keys.map(apiKeyInfo) };
}

export function getApiKeysOutput(args?: GetApiKeysOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetApiKeysResult> {
  return outputOf(getApiKeys, args, opts);
}
