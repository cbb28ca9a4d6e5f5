import { z } from "zod";
import { federationSnapshotSchema } from "./federation-state";
import { governanceSnapshotSchema, unique as uniqueIn } from "./governance";
import { integrationsSnapshotSchema } from "./integrations";
import type { OrganizationType } from "./organization-kind";
import type { OrganizationRateLimit, RateLimitGroupType } from "./rate-limit-catalog";
import type { UsageGenerator, UsageRecord } from "./usage";
import {
  apiKeySchema, inviteSchema, organizationSchema, spendLimitSchema, userSchema, workspaceMemberSchema, workspaceSchema,
} from "./wire";

// The whole emulator state as `GET /_emulator/state` returns it and `PUT /_emulator/state` takes it back,
// so a test can keep an organization as a file (e.g. next to a Pulumi state made by an older version) and
// serve it again. Objects are the wire schemas, strict: a snapshot can never carry a key's secret, a
// webhook's signing secret or a telemetry header's value (the emulator keeps none of the last two, see
// ./integrations.ts). Fields added after the first release are optional, so every older file still loads.

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
  product: z.string().optional(), service_tier: z.string().optional(), inference_geo: z.string().optional(),
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
  /** Optional so that state files written before service accounts and federation still load. */
  federation: federationSnapshotSchema.optional(),
  /** The kind of organization the objects belong to; absent: the kind the emulator was started with. */
  organizationType: z.enum(["console", "enterprise"] as const satisfies readonly OrganizationType[]).optional(),
  /** External keys, compliance settings, RBAC groups, their members and the roles (ids included). */
  governance: governanceSnapshotSchema.optional(),
  /** Webhook endpoints and telemetry destinations with their workspace lists, secrets left out. */
  integrations: integrationsSnapshotSchema.optional(),
  /** Members signed out through the API (`GET /_emulator/sign_outs`), oldest first. */
  signOuts: z.array(z.strictObject({ user_id: z.string(), email: z.string(), signed_out_at: z.iso.datetime({ offset: true }) })).optional(),
}).superRefine((snapshot, ctx) => {
  const unique = (field: string, keys: string[]) => uniqueIn(ctx, field, keys);
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
