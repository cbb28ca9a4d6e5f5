import type * as pulumi from "@pulumi/pulumi";
import type { WireRbacGroup } from "../../client/rbac";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs } from "../check";
import { recordDeclared, refreshed } from "../declared";
import { ListedReads } from "../listed-reads";
import { gone, unlessNotFound } from "../outcomes";
import { diffRbacGroup, outputsFromWire } from "./plan";
import type { RbacGroupInputs, RbacGroupOutputs } from "./schema";
import type { KindHandlers } from "../kind-handlers";
import { checkedInputs } from "./generated";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

/** A refresh of many groups reads them from one listing. */
const listed = new ListedReads<WireRbacGroup>();

const label = (inputs: { name?: string }) => `RbacGroup "${inputs.name}"`;
const legacy = { inputs: checkedInputs, alwaysReported: [] };

/** RbacGroup CRUD: the functions the dynamic provider shim calls. */
export const rbacGroupHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("RbacGroup", (await schema()).rbacGroupInputs, news),

  diff: async (_id: string, olds: RbacGroupOutputs, news: RbacGroupInputs) => diffRbacGroup(olds, news),

  async create(inputs: RbacGroupInputs): Promise<pulumi.dynamic.CreateResult> {
    listed.forget();
    const live = await adminClient(label(inputs)).createRbacGroup({ name: inputs.name });
    return { id: live.id, outs: recordDeclared(outputsFromWire(inputs, live), inputs) };
  },

  async read(id: string, props: RbacGroupOutputs): Promise<pulumi.dynamic.ReadResult> {
    const client = adminClient(label(props));
    const live = await listed.read(id, () => unlessNotFound(client.getRbacGroup(id)), () => client.listRbacGroups());
    if (!live) return gone;
    return refreshed(id, props, legacy, (declared: RbacGroupInputs) => outputsFromWire(declared, live, props.roleIds));
  },

  async update(id: string, olds: RbacGroupOutputs, news: RbacGroupInputs): Promise<pulumi.dynamic.UpdateResult> {
    listed.forget();
    const live = await adminClient(label(news)).updateRbacGroup(id, { name: news.name });
    return { outs: recordDeclared(outputsFromWire(news, live, olds.roleIds), news) };
  },

  async delete(id: string, props: RbacGroupOutputs): Promise<void> {
    listed.forget();
    // One request; a group already gone (404) is done.
    await unlessNotFound(adminClient(label(props)).deleteRbacGroup(id));
  },
} satisfies KindHandlers<RbacGroupInputs, RbacGroupOutputs>;
