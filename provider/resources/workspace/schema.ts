import { z } from "zod";
import { displayName, tagMap, workspaceId } from "../fields";

/** Limiter types a workspace can override, in the user's words, with their wire names. */
export const rateLimiterTypes = {
  requestsPerMinute: "requests_per_minute",
  inputTokensPerMinute: "input_tokens_per_minute",
  inputTokensPerMinuteCacheAware: "input_tokens_per_minute_cache_aware",
  outputTokensPerMinute: "output_tokens_per_minute",
  tokensPerMinute: "tokens_per_minute",
  tokensPerDay: "tokens_per_day",
  toolUsesPerSecond: "tool_uses_per_second",
} as const;
export type RateLimiterName = keyof typeof rateLimiterTypes;

const limiterValue = z
  .number({ error: "must be a whole number" })
  .int({ error: "must be a whole number" })
  .positive({ error: "must be greater than 0" })
  .max(1_000_000_000, { error: "must be at most 1,000,000,000" });

export const rateLimitsInput = z.strictObject(
  Object.fromEntries(Object.keys(rateLimiterTypes).map((name) => [name, limiterValue.optional()])) as Record<
    RateLimiterName,
    z.ZodOptional<typeof limiterValue>
  >,
);

export const spendLimitInput = z.strictObject({
  monthlyUsd: z
    .number({ error: "must be a number of US dollars, like 5000 or 99.50" })
    .nonnegative({ error: "must not be negative" })
    .max(10_000_000, { error: "must be at most 10,000,000" })
    .refine((usd) => Number.isInteger(Math.round(usd * 100 * 1e6) / 1e6), { error: "must have at most 2 decimal places" }),
});

export const geo = z.enum(["global", "us"], { error: 'must be "global" or "us"' });

export const workspaceInputs = z.strictObject({
  /** Defaults to the logical name; when adopting, unset leaves the live name alone. */
  name: displayName(40).optional(),
  /** Manage an existing workspace instead of creating one. */
  adoptId: workspaceId.optional(),
  displayColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a hex color like "#6C5BB9"' })
    .optional(),
  tags: tagMap.optional(),
  workspaceGeo: z.enum(["us"], { error: 'must be "us" (the only workspace geo the Admin API offers)' }).optional(),
  allowedInferenceGeos: z
    .union([z.literal("unrestricted"), z.array(geo).min(1, { error: "must list at least one geo" })], {
      error: 'must be "unrestricted" or a list of geos like ["us"]',
    })
    .optional(),
  defaultInferenceGeo: geo.optional(),
  externalKeyId: z.string().min(1, { error: "must not be empty" }).optional(),
  spendLimit: spendLimitInput.optional(),
  rateLimits: rateLimitsInput.optional(),
  /** Archive on delete; defaults to true for created workspaces and false for adopted ones. */
  archiveOnDelete: z.boolean({ error: "must be true or false" }).optional(),
}).superRefine((inputs, ctx) => {
  if (inputs.name === undefined && inputs.adoptId === undefined) {
    ctx.addIssue({ code: "custom", path: ["name"], message: "is required unless adoptId names an existing workspace" });
  }
});

export type WorkspaceInputs = z.output<typeof workspaceInputs>;
export type RateLimitsInput = z.output<typeof rateLimitsInput>;

/** What a Workspace resource records in state: its declared inputs as applied, plus what users read. */
export interface WorkspaceOutputs extends WorkspaceInputs {
  name: string;
  spendLimitId?: string;
}
