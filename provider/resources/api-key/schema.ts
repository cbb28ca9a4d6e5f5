import { z } from "zod";
import { apiKeyId, dateTime, displayName, workspaceId } from "../fields";

export const apiKeyInputs = z
  .strictObject({
    /** Defaults to the logical name; when adopting, unset leaves the key's own name alone. */
    name: displayName(500).optional(),
    /** The workspace the key belongs to; required unless `adoptId` names an existing key. */
    workspaceId: workspaceId.optional(),
    /** When the key stops working (RFC 3339); changing it mints a new key. Must be in the future when set or changed. */
    expiresAt: dateTime.optional(),
    status: z.enum(["active", "inactive"], { error: 'must be "active" or "inactive"' }).optional(),
    /** Any change to these values mints a new key before the old one is revoked (rotation). */
    keepers: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()], { error: "keepers must be strings, numbers or booleans" }))
      .optional(),
    /** Manage a key made elsewhere (e.g. in the Console) instead of creating one. */
    adoptId: apiKeyId.optional(),
    /** The value of an adopted key (a secret), checked against the key's hint; then `key` carries it. */
    key: z.string({ error: "must be the key's value, a string" }).min(1, { error: "must not be empty" }).optional(),
    /** Revoke an adopted key when the resource is deleted (keys this resource created are always revoked). */
    revokeOnDelete: z.boolean({ error: "must be true or false" }).optional(),
  })
  .superRefine((inputs, ctx) => {
    if (!inputs.adoptId && !inputs.workspaceId) {
      ctx.addIssue({ code: "custom", path: ["workspaceId"], message: 'is required to create a key; or set adoptId to manage an existing key ("apikey_...")' });
    }
    if (!inputs.adoptId && inputs.name === undefined) {
      ctx.addIssue({ code: "custom", path: ["name"], message: "is required unless adoptId names an existing key" });
    }
    if (inputs.adoptId && inputs.expiresAt) {
      ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "cannot be set on an adopted key (the Admin API cannot change an expiry); remove it" });
    }
    if (!inputs.adoptId && inputs.key !== undefined) {
      ctx.addIssue({ code: "custom", path: ["key"], message: "is only for adopted keys (with adoptId); a key this resource creates gets its value from the API" });
    }
  });

export type ApiKeyInputs = z.output<typeof apiKeyInputs>;

export interface ApiKeyOutputs extends Omit<ApiKeyInputs, "key"> {
  name: string;
  workspaceId: string;
  status: "active" | "inactive";
  /** The key's secret value (stored only as ciphertext); null for an adopted key whose value was not given. */
  key?: string | null;
  partialKeyHint?: string | null;
  expiresAt?: string;
}
