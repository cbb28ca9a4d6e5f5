import { z } from "zod";
import { declareKind, input, output } from "../declare";
import { displayName, tagMap, workspaceId } from "../fields";
import { rateLimiterTypes, type RateLimiterName } from "./rate-limiters";

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
    .refine((usd) => Number.isInteger(Math.round(usd * 100 * 1e6) / 1e6), { error: "must have at most 2 decimal places" })
    .meta({ description: "US dollars a month, at most 2 decimal places, e.g. 5000 or 99.50." }),
});

export const geo = z.enum(["global", "us"], { error: 'must be "global" or "us"' });

export const workspaceInputs = z.strictObject({
  name: input(displayName(40).optional(), {
    description:
      "Shown in the Console, 1-40 characters; defaults to the resource's logical name, except when adopting: " +
      "then an unset name leaves the workspace's own name alone.",
    change: "update",
  }),
  adoptId: input(workspaceId().optional(), {
    description: "Manage this existing workspace (`wrkspc_...`) instead of creating one.",
    change: "replace",
  }),
  displayColor: input(
    z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a hex color like "#6C5BB9"' })
      .optional(),
    { description: "Hex color in the Console, e.g. `#6C5BB9`; left alone when unset.", change: "update" },
  ),
  tags: input(tagMap().optional(), {
    description:
      "Exactly these tags (a tag removed here is removed); keys may not start with `anthropic`, and " +
      "`pulumi-resource` is reserved (see Safety); left alone when unset.",
    change: "update",
  }),
  workspaceGeo: input(z.enum(["us"], { error: 'must be "us" (the only workspace geo the Admin API offers)' }).optional(), {
    description: "Where the workspace's data lives: `\"us\"`, the only geo today; fixed at creation.",
    change: "replace",
  }),
  allowedInferenceGeos: input(
    z
      .union([z.literal("unrestricted"), z.array(geo).min(1, { error: "must list at least one geo" })], {
        error: 'must be "unrestricted" or a list of geos like ["us"]',
      })
      .optional(),
    { description: "`\"unrestricted\"` or the geos inference may run in, e.g. `[\"global\", \"us\"]`.", change: "update" },
  ),
  defaultInferenceGeo: input(geo.optional(), {
    description: "Where inference runs when a request names no geo: `\"global\"` or `\"us\"`.",
    change: "update",
  }),
  externalKeyId: input(z.string().min(1, { error: "must not be empty" }).optional(), {
    description:
      "Customer-managed encryption key configuration (an ExternalKey's id). Attaching a key to a workspace " +
      "that has none is an update; changing an attached key replaces the workspace (the API writes it once).",
    change: "replace",
    planDecides: true,
  }),
  spendLimit: input(spendLimitInput.optional(), {
    description: "Monthly workspace spend limit in US dollars (sent in cents); removing it deletes the limit.",
    change: "update",
  }),
  rateLimits: input(rateLimitsInput.optional(), {
    description:
      "Workspace overrides applied to every model group that has the limiter; a limiter removed here falls " +
      "back to the organization's limit; refresh sees drift on any model group.",
    change: "update",
  }),
  archiveOnDelete: input(z.boolean({ error: "must be true or false" }).optional(), {
    description: "Archive the workspace on delete. Default: true when this resource created it, false when adopted.",
    change: "update",
  }),
}).superRefine((inputs, ctx) => {
  if (inputs.name === undefined && inputs.adoptId === undefined) {
    ctx.addIssue({ code: "custom", path: ["name"], message: "is required unless adoptId names an existing workspace" });
  }
});

export const declaration = declareKind({
  kind: "Workspace",
  inputs: workspaceInputs,
  outputs: z.strictObject({
    name: output(z.string(), {
      description:
        "The workspace's name in the Console: `name` as declared (default the logical name), or, for an " +
        "adopted workspace without `name`, its own name.",
    }),
  }),
});

export type WorkspaceInputs = z.output<typeof workspaceInputs>;
export type RateLimitsInput = z.output<typeof rateLimitsInput>;

/** What a Workspace resource records in state: its declared inputs as applied, plus what users read. */
export interface WorkspaceOutputs extends WorkspaceInputs {
  name: string;
  spendLimitId?: string;
}
