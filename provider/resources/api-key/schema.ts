import { z } from "zod";
import { declareKind, input, output } from "../declare";
import { apiKeyId, dateTime, displayName, keepers, workspaceId } from "../fields";

const status = z.enum(["active", "inactive"], { error: 'must be "active" or "inactive"' });

export const apiKeyInputs = z
  .strictObject({
    name: input(displayName(500).optional(), {
      description:
        "Defaults to the resource's logical name, except when adopting: then an unset name leaves the key's own name alone.",
      change: "update",
    }),
    workspaceId: input(workspaceId().optional(), {
      description: "The workspace (`wrkspc_...`) the key belongs to; required unless adopting.",
      change: "replace",
    }),
    expiresAt: input(dateTime().optional(), {
      description:
        "When the key stops working (RFC 3339); must be in the future when set or changed (a passed expiry fails no " +
        "later preview; refresh drops the expired key). A new key is made before the old one is revoked.",
      change: "replace",
    }),
    status: input(status.optional(), {
      description:
        "`active` (default) or `inactive`; unset, a change made in the Console is reported but not reverted (see Resources).",
      change: "update",
    }),
    keepers: input(keepers().optional(), {
      description:
        "Arbitrary values; changing any of them rotates the key (new key first, then the old one revoked). They may " +
        "come from a secret (a rotation token): always treated as secrets.",
      change: "replace",
      secret: true,
    }),
    adoptId: input(apiKeyId().optional(), { description: "Manage an existing key (`apikey_...`), e.g. one made in the Console.", change: "replace" }),
    // A corrected value of an adopted key is recorded in place (it was checked against the key's hint).
    key: input(z.string({ error: "must be the key's value, a string" }).min(1, { error: "must not be empty" }).optional(), {
      description:
        "The value of the adopted key, e.g. from `pulumi config --secret` or a secret manager, so that the `key` output " +
        "carries it into other resources. Checked against the key's hint before anything is written; always treated as a secret.",
      change: "update",
      secret: true,
    }),
    revokeOnDelete: input(z.boolean({ error: "must be true or false" }).optional(), {
      description: "Revoke an adopted key on delete (keys this resource created are always revoked).",
      change: "update",
    }),
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

export const declaration = declareKind({
  kind: "ApiKey",
  inputs: apiKeyInputs,
  outputs: z.strictObject({
    name: output(z.string(), {
      description: "The key's name as the API reports it (default the logical name; for an adopted key without `name`, its own).",
    }),
    workspaceId: output(z.string(), { description: "The workspace (`wrkspc_...`) the key belongs to." }),
    status: output(status, { description: "`active` or `inactive`, as the API reports it (an archived or expired key is gone from the stack)." }),
    expiresAt: output(z.string().optional(), {
      description: "When the key stops working (RFC 3339), as the API wrote the declared `expiresAt`; undefined when none was declared.",
    }),
    key: output(z.string().nullable(), {
      description:
        "The key's value (`sk-ant-api03-...`), always a secret: shown only at creation, then carried in state as " +
        "ciphertext. Null for an adopted key whose `key` was not given.",
      secret: true,
    }),
    partialKeyHint: output(z.string().nullable(), {
      description: "A redacted hint of the value, such as `sk-ant-api03-R2D...igAA` (not a secret); null when the API gives none.",
    }),
  }),
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
