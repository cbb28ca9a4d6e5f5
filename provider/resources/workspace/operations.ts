import type * as pulumi from "@pulumi/pulumi";
import { isDeepStrictEqual } from "node:util";
import type { AdminClient } from "../../client";
import type { WireSpendLimit, WireWorkspace } from "../../client/schemas";
import { collect } from "../../client/pagination";
import { warn } from "../../base/engine-log";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs } from "../check";
import { claim, keptForAnotherResource } from "../claims";
import { DECLARED, recordDeclared, refreshed, withoutInternal } from "../declared";
import { ListedReads } from "../listed-reads";
import { doneUnless, gone, PartialResourceError, unlessNotFound } from "../outcomes";
import { ownerOf, ownerTagValue } from "../owner";
import {
  alwaysReported,
  createBody,
  declaresUnrecorded,
  diffWorkspace,
  liveRateLimits,
  monthlyUsdFromCents,
  outputsFromWire,
  overriddenRateLimits,
  planRateLimits,
  spendLimitCents,
  unsupportedLimiters,
  updateBody,
} from "./plan";
import { leftoverOf } from "./leftovers";
import type { WorkspaceInputs, WorkspaceOutputs } from "./schema";
import type { KindHandlers } from "../kind-handlers";
import { checkedInputs } from "./generated";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

type Limits = Pick<WorkspaceOutputs, "spendLimit" | "spendLimitId" | "rateLimits">;

/** A refresh of many workspaces reads them from one listing. */
const listed = new ListedReads<WireWorkspace>();

const label = (inputs: { name?: string; adoptId?: string }) => `Workspace "${inputs.name ?? inputs.adoptId}"`;
const legacy = { inputs: checkedInputs, alwaysReported };

/** Workspace CRUD: the functions the dynamic provider shim calls. */
export const workspaceHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("Workspace", (await schema()).workspaceInputs, news),

  diff: async (_id: string, olds: WorkspaceOutputs, news: WorkspaceInputs) => diffWorkspace(olds, news),

  async create(inputs: WorkspaceInputs): Promise<pulumi.dynamic.CreateResult> {
    listed.forget();
    const client = adminClient(label(inputs));
    const live = inputs.adoptId ? await adopt(client, inputs) : await createOrTakeOver(client, inputs);
    try {
      const limits = await applyLimits(client, live.id, inputs, {});
      return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, live, limits), inputs) };
    } catch (err) {
      // The workspace exists: record it without the limits, so the next `up` applies them as an update.
      const properties: Record<string, unknown> = { ...recordDeclared(outputsFromWire(inputs, live, {}), inputs) };
      delete properties.spendLimit;
      delete properties.rateLimits;
      throw new PartialResourceError(live.id, properties, err);
    }
  },

  async read(id: string, props: WorkspaceOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = adminClient(label(props));
    const live = await listed.read(id, () => unlessNotFound(client.getWorkspace(id)), () => client.listWorkspaces({ includeArchived: true }));
    if (!live || live.archived_at) return gone;
    const limits = await liveLimits(client, id, props);
    return refreshed(id, props, legacy, (declared: WorkspaceInputs) => outputsFromWire(declared, live, limits));
  },

  async update(id: string, olds: WorkspaceOutputs, news: WorkspaceInputs): Promise<pulumi.dynamic.UpdateResult> {
    listed.forget();
    const client = adminClient(label(news));
    const current = declaresUnrecorded(olds, news) ? outputsFromWire(news, await client.getWorkspace(id), {}) : olds;
    const body = updateBody(current, news);
    const limits = await applyLimits(client, id, news, olds);
    if (!body) return { outs: recordDeclared(unchangedOutputs(olds, news, limits), news) };
    return { outs: recordDeclared(outputsFromWire(news, await client.updateWorkspace(id, body), limits), news) };
  },

  async delete(id: string, props: WorkspaceOutputs): Promise<void> {
    // An adopted workspace existed before this stack; it is released, not archived, unless asked.
    if (!(props.archiveOnDelete ?? !props.adoptId)) return;
    if (await keptForAnotherResource(id, `${label(props)} (${id}) was not archived`)) return;
    listed.forget();
    // One request: archived already (refused, then confirmed) or gone (404) is done too.
    const client = adminClient(label(props));
    await doneUnless(client.archiveWorkspace(id), /\bis archived\b/i, async () => (await unlessNotFound(client.getWorkspace(id)))?.archived_at !== null);
  },
} satisfies KindHandlers<WorkspaceInputs, WorkspaceOutputs>;

/**
 * Creates the workspace, unless an interrupted create of this same resource already did: then that
 * workspace (found by its ownership tag) is taken over and brought to the inputs.
 */
async function createOrTakeOver(client: AdminClient, inputs: WorkspaceInputs) {
  const owner = ownerOf(inputs);
  const name = inputs.name!;
  const leftover = owner ? await leftoverOf(client, owner, inputs) : undefined;
  if (!leftover) return client.createWorkspace(createBody({ ...inputs, name }, owner && ownerTagValue(owner)));
  claim(leftover.id);
  await warn(`${label(inputs)}: took over ${leftover.id}, left behind by an interrupted create of this resource.`);
  const body = updateBody(outputsFromWire(inputs, leftover, {}), inputs);
  return body ? client.updateWorkspace(leftover.id, body) : leftover;
}

async function adopt(client: AdminClient, inputs: WorkspaceInputs) {
  const live = await client.getWorkspace(inputs.adoptId!);
  if (live.archived_at) throw new Error(`adoptId: workspace ${live.id} is archived and cannot be managed; remove adoptId to create a new one`);
  claim(live.id);
  // Only what the program declares is written: an unset input leaves the live value alone.
  const body = updateBody(outputsFromWire(inputs, live, {}), inputs);
  return body ? client.updateWorkspace(live.id, body) : live;
}

/**
 * The live spend limit and rate limits the state records or declares. A limit declared with nothing
 * recorded (an import's read) is found on the workspace: its spend limit by scope, every limiter it overrides.
 */
async function liveLimits(client: AdminClient, id: string, props: WorkspaceOutputs): Promise<Limits> {
  const recorded = (props as unknown as Record<string, unknown>)[DECLARED];
  const declares = (key: string) => Array.isArray(recorded) && recorded.includes(key);
  const limits: Limits = {};
  const spend = props.spendLimitId
    ? await unlessNotFound(client.getSpendLimit(props.spendLimitId))
    : declares("spendLimit") ? await spendLimitOf(client, id) : undefined;
  if (spend?.amount != null) {
    limits.spendLimitId = spend.id;
    limits.spendLimit = { monthlyUsd: monthlyUsdFromCents(spend.amount) };
  }
  if (props.rateLimits || declares("rateLimits")) {
    const entries = await collect(client.listWorkspaceRateLimits(id, { includeInherited: true }));
    limits.rateLimits = props.rateLimits ? liveRateLimits(entries, props.rateLimits) : overriddenRateLimits(entries);
  }
  return limits;
}

/**
 * The workspace's monthly spend limit, if it has one. Only Console organizations have workspace limits,
 * and asking an Enterprise one for that scope is refused: so every limit is listed, and picked here.
 */
async function spendLimitOf(client: AdminClient, workspaceId: string): Promise<WireSpendLimit | undefined> {
  for await (const limit of client.listSpendLimits()) {
    if (limit.scope.workspace_id === workspaceId && limit.period === "monthly") return limit;
  }
  return undefined;
}

/** Brings the spend limit and rate limits from `previous` (what state records) to the inputs. */
async function applyLimits(client: AdminClient, workspaceId: string, inputs: WorkspaceInputs, previous: Limits): Promise<Limits> {
  const limits: Limits = {};
  if (inputs.spendLimit) {
    if (previous.spendLimitId && previous.spendLimit?.monthlyUsd === inputs.spendLimit.monthlyUsd) {
      limits.spendLimitId = previous.spendLimitId;
    } else {
      const spend = await client.setSpendLimit({
        amount: spendLimitCents(inputs.spendLimit.monthlyUsd),
        scope: { type: "workspace", workspace_id: workspaceId },
        period: "monthly",
      });
      limits.spendLimitId = spend.id;
    }
    limits.spendLimit = inputs.spendLimit;
  } else if (previous.spendLimitId) {
    await unlessNotFound(client.deleteSpendLimit(previous.spendLimitId));
  }
  // The rate-limit list is read only when the declared limits change (or drifted, as refresh records).
  if (!isDeepStrictEqual(inputs.rateLimits ?? null, previous.rateLimits ?? null)) {
    const entries = await collect(client.listWorkspaceRateLimits(workspaceId, { includeInherited: true }));
    const missing = unsupportedLimiters(entries, inputs.rateLimits);
    if (missing.length > 0) {
      throw new Error(`rateLimits: the organization has no ${missing.join(", ")} limit for a workspace to override; remove it`);
    }
    for (const change of planRateLimits(entries, inputs.rateLimits, previous.rateLimits)) {
      await client.updateWorkspaceRateLimit(workspaceId, change.rateLimitId, { limits: change.limits });
    }
  }
  // What the limits are now, changed or not: the outputs of every update record every declared field.
  if (inputs.rateLimits) limits.rateLimits = inputs.rateLimits;
  return limits;
}

/**
 * The outputs of an update that wrote nothing to the workspace itself: the new inputs (settings of the
 * resource alone, like archiveOnDelete, change here), with the recorded live form of the workspace's
 * own fields, which the inputs match since no request was needed.
 */
function unchangedOutputs(olds: WorkspaceOutputs, news: WorkspaceInputs, limits: Limits): WorkspaceOutputs {
  const liveFields = [...alwaysReported, "externalKeyId"] as Array<keyof WorkspaceInputs>;
  const live = Object.fromEntries(liveFields.filter((key) => news[key] !== undefined && olds[key] !== undefined).map((key) => [key, olds[key]]));
  return { ...withoutInternal(news), ...live, ...limits, name: olds.name } as WorkspaceOutputs;
}
