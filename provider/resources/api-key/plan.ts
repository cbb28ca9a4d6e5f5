import type * as pulumi from "@pulumi/pulumi";
import { createHash } from "node:crypto";
import type { WireApiKey } from "../../client/schemas";
import type { CheckFailure } from "../check";
import { asWritten } from "../../base/canonical";
import { withoutInternal } from "../declared";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import type { ApiKeyInputs, ApiKeyOutputs } from "./schema";

// Replacements create the new key first, so the old one keeps working until the engine deletes it.
export const diffSpec: DiffSpec = diffSpecOf(inputChanges, { keepWhenUnset: ["name", "status", "workspaceId", "key"] });

export function diffApiKey(olds: Partial<ApiKeyOutputs>, news: ApiKeyInputs): pulumi.dynamic.DiffResult {
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}

/** Inputs 0.1.0 reported from the live key, declared or not (it always declared the name). */
export const alwaysReported = ["status"];

/** A key that is archived or past its expiry no longer exists as far as the program is concerned. */
export function isGone(live: WireApiKey, now = Date.now()): boolean {
  return live.status === "archived" || live.status === "expired" || (live.expires_at !== null && Date.parse(live.expires_at) <= now);
}

/**
 * An expiry is checked against the clock only when it is set or changed: one that was valid when the
 * key was made must not fail every later preview once it has passed (refresh drops the expired key).
 */
export function expiryFailure(olds: Partial<ApiKeyInputs> | undefined, news: Partial<ApiKeyInputs>, now = Date.now()): CheckFailure[] {
  const expiresAt = news.expiresAt;
  if (typeof expiresAt !== "string" || expiresAt === olds?.expiresAt || !(Date.parse(expiresAt) <= now)) return [];
  return [{ property: "expiresAt", reason: `${expiresAt} is not in the future; set a later date-time like "2027-01-31T00:00:00Z"` }];
}

/**
 * Whether `value` can be the key the API describes by `hint` (`sk-ant-api03-abcd...WXYZ`: its first
 * and last characters). A key without a hint cannot be checked, and is taken as given.
 */
export function matchesHint(value: string, hint: string | null | undefined): boolean {
  if (!hint) return true;
  const [prefix = "", suffix = ""] = hint.split("...");
  return value.startsWith(prefix) && value.endsWith(suffix) && value.length >= prefix.length + suffix.length;
}

/**
 * The idempotency key of a create: the same for a repeat of the same create of the same resource (after
 * an interrupted `up`), different for a rotation (keepers), a move or a new expiry. `attempt` steps past
 * an earlier key of the same inputs that has since been revoked.
 */
export function idempotencyKeyFor(owner: string, inputs: ApiKeyInputs, attempt = 1): string {
  const intent = [owner, inputs.name, inputs.workspaceId, inputs.expiresAt ?? null, inputs.keepers ?? null, attempt];
  return `pulumi-anthropic-${createHash("sha256").update(JSON.stringify(intent)).digest("hex").slice(0, 48)}`;
}

/** What state records: the declared inputs with live values, and what users read of the key. */
export function outputsFromWire(inputs: ApiKeyInputs, live: WireApiKey, key: string | null | undefined): ApiKeyOutputs {
  const outputs: ApiKeyOutputs = {
    ...withoutInternal(inputs),
    name: live.name,
    workspaceId: live.scope.workspace_id ?? inputs.workspaceId ?? "",
    status: live.status === "inactive" ? "inactive" : "active",
    partialKeyHint: live.partial_key_hint ?? null,
  };
  if (inputs.expiresAt && live.expires_at) outputs.expiresAt = asWritten("expiresAt", inputs.expiresAt, live.expires_at);
  // Always present, so that a preview shows a known (null) value rather than [unknown] for an adopted key.
  outputs.key = key ?? null;
  return outputs;
}
