import { z } from "zod";
import { apiKeyId, displayName, futureDateTime, workspaceId } from "../fields";

export const apiKeyInputs = z
  .strictObject({
    name: displayName(500),
    /** The workspace the key belongs to; required unless `adoptId` names an existing key. */
    workspaceId: workspaceId.optional(),
    /** When the key stops working (RFC 3339); changing it mints a new key. */
    expiresAt: futureDateTime.optional(),
    status: z.enum(["active", "inactive"], { error: 'must be "active" or "inactive"' }).optional(),
    /** Any change to these values mints a new key before the old one is revoked (rotation). */
    keepers: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()], { error: "keepers must be strings, numbers or booleans" }))
      .optional(),
    /** Manage a key made elsewhere (e.g. in the Console) instead of creating one. */
    adoptId: apiKeyId.optional(),
    /** Revoke an adopted key when the resource is deleted (keys this resource created are always revoked). */
    revokeOnDelete: z.boolean({ error: "must be true or false" }).optional(),
  })
  .superRefine((inputs, ctx) => {
    if (!inputs.adoptId && !inputs.workspaceId) {
      ctx.addIssue({ code: "custom", path: ["workspaceId"], message: 'is required to create a key; or set adoptId to manage an existing key ("apikey_...")' });
    }
    if (inputs.adoptId && inputs.expiresAt) {
      ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "cannot be set on an adopted key (the Admin API cannot change an expiry); remove it" });
    }
  });

export type ApiKeyInputs = z.output<typeof apiKeyInputs>;

export interface ApiKeyOutputs extends ApiKeyInputs {
  workspaceId: string;
  status: "active" | "inactive";
  /** The key's secret value; only known for keys this resource created, and stored only as ciphertext. */
  key?: string;
  partialKeyHint?: string | null;
  expiresAt?: string;
  createdAt: string;
  createdBy?: string | null;
}
