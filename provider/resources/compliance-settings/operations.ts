import type * as pulumi from "@pulumi/pulumi";
import { adminClient } from "../../settings/provider-settings";
import { checkInputs } from "../check";
import { claim, keptForAnotherResource } from "../claims";
import { recordDeclared, refreshed } from "../declared";
import { diffComplianceSettings, outputsFromWire } from "./plan";
import type { ComplianceSettingsInputs, ComplianceSettingsOutputs } from "./schema";
import { COMPLIANCE_SETTINGS_ID } from "./ids";
import type { KindHandlers } from "../kind-handlers";
import { checkedInputs } from "./generated";

/** The kind's zod schema, loaded by its first check: a refresh or a destroy builds none. */
const schema = () => import("./schema.js");

const label = "ComplianceSettings";
const legacy = { inputs: checkedInputs, alwaysReported: [] };

/**
 * ComplianceSettings CRUD: the functions the dynamic provider shim calls. The settings always exist, so
 * create takes them over (one request that sets the state) and delete only lets go of them.
 */
export const complianceSettingsHandlers = {
  check: async (_olds: unknown, news: Record<string, unknown>) => checkInputs("ComplianceSettings", (await schema()).complianceSettingsInputs, news),

  diff: async (_id: string, olds: ComplianceSettingsOutputs, news: ComplianceSettingsInputs) => diffComplianceSettings(olds, news),

  async create(inputs: ComplianceSettingsInputs): Promise<pulumi.dynamic.CreateResult> {
    // One per organization: if this deployment also deletes another resource of the kind (a rename
    // without an alias), that delete must not apply its stateOnDelete over this state.
    claim(COMPLIANCE_SETTINGS_ID);
    const live = await adminClient(label).updateComplianceSettings({ state: { type: inputs.state } });
    return { id: COMPLIANCE_SETTINGS_ID, outs: recordDeclared(outputsFromWire(inputs, live), inputs) };
  },

  async read(id: string, props: ComplianceSettingsOutputs): Promise<pulumi.dynamic.ReadResult> {
    const live = await adminClient(label).getComplianceSettings();
    return refreshed(id, props, legacy, (declared: ComplianceSettingsInputs) => outputsFromWire(declared, live));
  },

  async update(_id: string, olds: ComplianceSettingsOutputs, news: ComplianceSettingsInputs): Promise<pulumi.dynamic.UpdateResult> {
    // Only `stateOnDelete` changed: recorded with no request.
    if (news.state === olds.state) return { outs: recordDeclared({ ...olds, ...news }, news) };
    const live = await adminClient(label).updateComplianceSettings({ state: { type: news.state } });
    return { outs: recordDeclared(outputsFromWire(news, live), news) };
  },

  async delete(_id: string, props: ComplianceSettingsOutputs): Promise<void> {
    // The setting outlives the resource: turning compliance capture off is a decision, not a side effect.
    if (props.stateOnDelete === undefined || props.stateOnDelete === null) return;
    if (await keptForAnotherResource(COMPLIANCE_SETTINGS_ID, `${label}: stateOnDelete "${props.stateOnDelete}" was not applied`)) return;
    await adminClient(label).updateComplianceSettings({ state: { type: props.stateOnDelete } });
  },
} satisfies KindHandlers<ComplianceSettingsInputs, ComplianceSettingsOutputs>;
