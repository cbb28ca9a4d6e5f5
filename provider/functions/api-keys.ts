/** API keys of the organization: names, status and hints, never a key's value. */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

/** Arguments of `getApiKeys`; all optional. */
export interface GetApiKeysArgs {
  /** Only the keys of this workspace (`wrkspc_...`). */
  workspaceId?: string;
  /** Only keys with this status; default all of them. */
  status?: "active" | "inactive" | "archived" | "expired";
  /** Only the keys this member (`user_...`) created. */
  createdByUserId?: string;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getApiKeysOutput`: those of `getApiKeys`, each may be an Input. */
export interface GetApiKeysOutputArgs {
  /** Only the keys of this workspace (`wrkspc_...`). */
  workspaceId?: pulumi.Input<string>;
  /** Only keys with this status; default all of them. */
  status?: pulumi.Input<"active" | "inactive" | "archived" | "expired">;
  /** Only the keys this member (`user_...`) created. */
  createdByUserId?: pulumi.Input<string>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: pulumi.Input<string>;
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

/** Every matching key, following all pages; all statuses unless `status` is given. */
export async function getApiKeys(args?: GetApiKeysArgs, opts?: pulumi.InvokeOptions): Promise<GetApiKeysResult> {
  return (await import("./calls/api-keys.js")).getApiKeys(args, opts);
}

export function getApiKeysOutput(args?: GetApiKeysOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetApiKeysResult> {
  return outputOf(getApiKeys, args, opts);
}
