/** `getApiKeys`: the API keys of the organization: names, status and hints, never a key's value. */
import { z } from "zod";
import { userId, workspaceId } from "../../resources/fields";
import { declareFunction, field, named } from "../declare";
import { organizationArgument } from "../organization-argument";

const STATUSES = ["active", "inactive", "archived", "expired"] as const;

const apiKey = named(
  z.object({
    id: field(z.string(), "`apikey_...`"),
    name: field(z.string(), "The key's name."),
    status: field(z.string(), "`active`, `inactive`, `archived` or `expired`."),
    workspaceId: field(z.string().nullable(), "Null for an organization-scoped key."),
    createdAt: field(z.string(), "When it was created (RFC 3339)."),
    expiresAt: field(z.string().nullable(), "When it expires; null for never."),
    createdBy: field(z.string().nullable(), "Id of the user (or service account) that created the key, when known."),
    partialKeyHint: field(z.string().nullable(), "A redacted hint such as `sk-ant-api03-R2D...igAA`, never the key."),
  }),
  "ApiKeyInfo",
  "An API key, without its value.",
);

export const getApiKeys = declareFunction({
  name: "getApiKeys",
  description: "Every matching key, following all pages; all statuses unless `status` is given.",
  args: z.strictObject({
    workspaceId: field(workspaceId().optional(), "Only the keys of this workspace (`wrkspc_...`)."),
    status: field(z.enum(STATUSES, { error: `must be one of ${STATUSES.join(", ")}` }).optional(), "Only keys with this status; default all of them."),
    createdByUserId: field(userId().optional(), "Only the keys this member (`user_...`) created."),
    organization: organizationArgument,
  }),
  result: z.object({ apiKeys: field(z.array(apiKey), "The keys.") }),
});
