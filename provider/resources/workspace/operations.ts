import type * as pulumi from "@pulumi/pulumi";
import type { AdminClient } from "../../client";
import { collect } from "../../client/pagination";
import { pickDefined } from "../../defined";
import { adminClient } from "../../dynamic/settings";
import { checkInputs } from "../check";
import { gone, PartialResourceError, unlessNotFound } from "../outcomes";
import {
  createBody,
  diffWorkspace,
  liveRateLimits,
  monthlyUsdFromCents,
  outputsFromWire,
  planRateLimits,
  spendLimitCents,
  unsupportedLimiters,
  updateBody,
} from "./plan";
import { workspaceInputs, type WorkspaceInputs, type WorkspaceOutputs } from "./schema";

type Limits = Pick<WorkspaceOutputs, "spendLimit" | "spendLimitId" | "rateLimits">;

/** Workspace CRUD: the functions the dynamic provider shim calls. */
export const workspaceHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs(workspaceInputs, news),

  diff: async (_id: string, olds: WorkspaceOutputs, news: WorkspaceInputs) => diffWorkspace(olds, news),

  async create(inputs: WorkspaceInputs & { __provider?: string }): Promise<pulumi.dynamic.CreateResult> {
    const client = adminClient(`Workspace "${inputs.name}"`);
    let live = inputs.adoptId ? await adopt(client, inputs) : await client.createWorkspace(createBody(inputs));
    try {
      const limits = await applyLimits(client, live.id, inputs, {});
      return { id: live.id, outs: outputsFromWire(inputs, live, limits) };
    } catch (err) {
      // The workspace exists: record it without the limits, so the next `up` applies them as an update.
      const properties = { ...outputsFromWire(inputs, live, {}), __provider: inputs.__provider };
      delete properties.spendLimit;
      delete properties.rateLimits;
      throw new PartialResourceError(live.id, properties, err);
    }
  },

  async read(id: string, props: WorkspaceOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = adminClient(`Workspace "${props.name}"`);
    const live = await unlessNotFound(client.getWorkspace(id));
    if (!live || live.archived_at) return gone;
    const limits: Limits = {};
    if (props.spendLimitId) {
      const spend = await unlessNotFound(client.getSpendLimit(props.spendLimitId));
      if (spend?.amount != null) {
        limits.spendLimitId = spend.id;
        limits.spendLimit = { monthlyUsd: monthlyUsdFromCents(spend.amount) };
      }
    }
    if (props.rateLimits) {
      const entries = await collect(client.listWorkspaceRateLimits(id, { includeInherited: true }));
      limits.rateLimits = liveRateLimits(entries, props.rateLimits);
    }
    const outs = outputsFromWire(inputsOf(props), live, limits);
    return { id, props: outs, inputs: inputsOf(outs) };
  },

  async update(id: string, olds: WorkspaceOutputs, news: WorkspaceInputs): Promise<pulumi.dynamic.UpdateResult> {
    const client = adminClient(`Workspace "${news.name}"`);
    const body = updateBody(olds, news);
    const live = body ? await client.updateWorkspace(id, body) : await client.getWorkspace(id);
    const limits = await applyLimits(client, id, news, olds);
    return { outs: outputsFromWire(news, live, limits) };
  },

  async delete(id: string, props: WorkspaceOutputs): Promise<void> {
    // An adopted workspace existed before this stack; it is released, not archived, unless asked.
    if (!(props.archiveOnDelete ?? !props.adoptId)) return;
    const client = adminClient(`Workspace "${props.name}"`);
    const live = await unlessNotFound(client.getWorkspace(id));
    if (live && !live.archived_at) await unlessNotFound(client.archiveWorkspace(id));
  },
};

async function adopt(client: AdminClient, inputs: WorkspaceInputs) {
  const live = await client.getWorkspace(inputs.adoptId!);
  if (live.archived_at) throw new Error(`adoptId: workspace ${live.id} is archived and cannot be managed; remove adoptId to create a new one`);
  const body = updateBody(outputsFromWire({ ...inputs, name: live.name }, live, {}), inputs);
  return body ? client.updateWorkspace(live.id, body) : live;
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
  if (inputs.rateLimits || previous.rateLimits) {
    const entries = await collect(client.listWorkspaceRateLimits(workspaceId, { includeInherited: true }));
    const missing = unsupportedLimiters(entries, inputs.rateLimits);
    if (missing.length > 0) {
      throw new Error(`rateLimits: the organization has no ${missing.join(", ")} limit for a workspace to override; remove it`);
    }
    for (const change of planRateLimits(entries, inputs.rateLimits, previous.rateLimits)) {
      await client.updateWorkspaceRateLimit(workspaceId, change.rateLimitId, { limits: change.limits });
    }
    if (inputs.rateLimits) limits.rateLimits = inputs.rateLimits;
  }
  return limits;
}

/** The inputs a refreshed workspace corresponds to, so that drift shows up in the next diff. */
const inputsOf = (outputs: WorkspaceOutputs): WorkspaceInputs =>
  pickDefined(outputs, Object.keys(workspaceInputs.shape) as Array<keyof WorkspaceInputs>);
