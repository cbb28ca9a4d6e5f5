import type * as pulumi from "@pulumi/pulumi";
import type { WireApiKey } from "../../client/schemas";
import { diffInputs } from "../diff";
import type { ApiKeyInputs, ApiKeyOutputs } from "./schema";

export function diffApiKey(olds: Partial<ApiKeyOutputs>, news: ApiKeyInputs): pulumi.dynamic.DiffResult {
  // Replacements create the new key first, so the old one keeps working until the engine deletes it.
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, {
    updates: ["name", "status", "revokeOnDelete"],
    replaces: ["workspaceId", "expiresAt", "keepers", "adoptId"],
    keepWhenUnset: ["status", "workspaceId"],
  });
}

/** A key that is archived or past its expiry no longer exists as far as the program is concerned. */
export function isGone(live: WireApiKey, now = Date.now()): boolean {
  return live.status === "archived" || live.status === "expired" || (live.expires_at !== null && Date.parse(live.expires_at) <= now);
}

export function outputsFromWire(inputs: ApiKeyInputs, live: WireApiKey, key: string | undefined): ApiKeyOutputs {
  const outputs: ApiKeyOutputs = {
    ...inputs,
    name: live.name,
    workspaceId: live.scope.workspace_id ?? inputs.workspaceId ?? "",
    status: live.status === "inactive" ? "inactive" : "active",
    partialKeyHint: live.partial_key_hint ?? null,
    createdAt: live.created_at,
    createdBy: live.created_by?.id ?? null,
  };
  if (live.expires_at) outputs.expiresAt = inputs.expiresAt ?? live.expires_at;
  if (key !== undefined) outputs.key = key;
  return outputs;
}
