import { z } from "zod";
import type { OrganizationRateLimit, RateLimitGroupType } from "./rate-limit-catalog";
import type { UsageGenerator, UsageRecord } from "./usage";
import {
  apiKeySchema, inviteSchema, organizationSchema, spendLimitSchema, userSchema, workspaceMemberSchema, workspaceSchema,
} from "./wire";

// The whole emulator state as `GET /_emulator/state` returns it and `PUT /_emulator/state` takes it back,
// so a test can keep an organization as a file (e.g. next to a Pulumi state made by an older version) and
// serve it again. Objects are the wire schemas, strict: a snapshot can never carry a key's secret.

const GROUP_TYPES = ["batch", "files", "model_group", "skills", "token_count", "web_search"] as const satisfies
  readonly RateLimitGroupType[];

const rateLimitSchema: z.ZodType<OrganizationRateLimit> = z.strictObject({
  id: z.string().min(1),
  type: z.literal("rate_limit"),
  group: z.strictObject({ id: z.string().min(1), type: z.enum(GROUP_TYPES), display_name: z.string().optional() }),
  models: z.array(z.string()).nullable(),
  limits: z.array(z.strictObject({ type: z.string().min(1), value: z.number().int().min(0) })),
});

const count = z.number().int().min(0);
const usageRecordSchema: z.ZodType<UsageRecord> = z.strictObject({
  at: z.number().int(), workspace_id: z.string(), api_key_id: z.string().nullable(), model: z.string(),
  uncached_input_tokens: count, output_tokens: count, cache_read_input_tokens: count, cache_creation_5m: count,
  cache_creation_1h: count, requests: count, web_search_requests: count,
});
const usageGeneratorSchema: z.ZodType<UsageGenerator> = z.strictObject({
  seed: z.number().int(),
  models: z.array(z.string().min(1)).min(1),
  sources: z.array(z.strictObject({ workspace_id: z.string(), api_key_id: z.string().nullable() })),
  from: z.number().int(),
});

export const storeSnapshotSchema = z.strictObject({
  organization: organizationSchema,
  adminUserId: z.string(),
  defaultWorkspaceId: z.string(),
  users: z.array(userSchema),
  invites: z.array(inviteSchema),
  workspaces: z.array(workspaceSchema),
  members: z.array(workspaceMemberSchema),
  apiKeys: z.array(apiKeySchema),
  spendLimits: z.array(spendLimitSchema),
  /** The organization's rate-limit entries: their ids differ per organization and key the overrides. */
  rateLimits: z.array(rateLimitSchema),
  /** Keyed `wrkspc_.../rate_limit_id`, each a map of limiter type to value. */
  rateLimitOverrides: z.array(z.strictObject({ key: z.string(), limits: z.record(z.string(), z.number().int().min(0)) })),
  usage: z.strictObject({ generators: z.array(usageGeneratorSchema), records: z.array(usageRecordSchema) }),
}).superRefine((snapshot, ctx) => {
  // A Map keeps one object per key, so a duplicate would vanish silently instead of being restored.
  const unique = (field: string, keys: string[]) => {
    const seen = new Set<string>();
    keys.forEach((key, index) => {
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [field, index], message: `duplicate '${key}'` });
      seen.add(key);
    });
  };
  for (const field of ["users", "invites", "workspaces", "apiKeys", "spendLimits", "rateLimits"] as const) {
    unique(field, snapshot[field].map((object) => object.id));
  }
  unique("members", snapshot.members.map((m) => `${m.workspace_id}/${m.user_id}`));
  unique("rateLimitOverrides", snapshot.rateLimitOverrides.map((o) => o.key));
  // An override whose entry is not in `rateLimits` could never be read back through the API.
  const workspaces = new Set(snapshot.workspaces.map((w) => w.id));
  const entries = new Set(snapshot.rateLimits.map((e) => e.id));
  snapshot.rateLimitOverrides.forEach(({ key }, index) => {
    const [workspaceId = "", rateLimitId = "", ...rest] = key.split("/");
    if (rest.length > 0 || !workspaces.has(workspaceId) || !entries.has(rateLimitId)) {
      ctx.addIssue({
        code: "custom", path: ["rateLimitOverrides", index, "key"],
        message: "must be `<workspace id>/<rate limit id>` of a workspace and a rate limit in the snapshot",
      });
    }
  });
});

export type StoreSnapshot = z.infer<typeof storeSnapshotSchema>;
