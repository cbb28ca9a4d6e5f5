/**
 * Reports the changes outside Pulumi that refresh recorded on fields the program does not declare
 * (resources/changed-outside.ts), as warnings of the deployment: at the refresh that sees a change,
 * and at every preview or update whose program still leaves the field undeclared; an update of the
 * resource keeps the record. For every kind.
 */
import type * as pulumi from "@pulumi/pulumi";
import { isDeepStrictEqual } from "node:util";
import { CHANGED_OUTSIDE, recordedChanges, type OutsideChange } from "../resources/changed-outside";
import { SECRET_INPUTS } from "../resources/secret-inputs";
import { warn } from "../base/engine-log";
import type { ResourceKind } from "../base/kinds";

/** A value as a warning shows it: never one of the kind's inputs that may hold key material. */
const shown = (kind: ResourceKind, field: string, value: unknown) => (SECRET_INPUTS[kind].includes(field) ? "(secret)" : JSON.stringify(value));

/** `ApiKey "portal" (apikey_...)`: the name the outputs hold (kinds name it `name` or `displayName`), and the id. */
function label(kind: ResourceKind, id: string, outputs: unknown): string {
  const { name, displayName } = (outputs ?? {}) as { name?: unknown; displayName?: unknown };
  const shownName = typeof name === "string" ? name : displayName;
  return typeof shownName === "string" ? `${kind} "${shownName}" (${id})` : `${kind} ${id}`;
}

/** The warning for one change: the resource, the field, both values, and what to declare. */
function outsideChangeMessage(kind: ResourceKind, resource: string, field: string, change: OutsideChange): string {
  const [was, now] = [shown(kind, field, change.was), shown(kind, field, change.now)];
  return (
    `${resource}: ${field} was changed outside Pulumi from ${was} to ${now}; the outputs record ${now}. ` +
    `It is not set back because the program does not declare ${field}: declare ${field}: ${was} to have \`pulumi up\` restore it, ` +
    `or ${field}: ${now} to keep it.`
  );
}

/** `read`, warning of each change outside Pulumi that this refresh saw first (or saw change again). */
export function reportingReadChanges(
  kind: ResourceKind,
  read: (id: string, props: unknown) => Promise<pulumi.dynamic.ReadResult>,
): (id: string, props: unknown) => Promise<pulumi.dynamic.ReadResult> {
  return async (id, props) => {
    const result = await read(id, props);
    const earlier = recordedChanges(props);
    for (const [field, change] of Object.entries(recordedChanges(result.props))) {
      if (!isDeepStrictEqual(earlier[field]?.now, change.now)) await warn(outsideChangeMessage(kind, label(kind, id, result.props), field, change));
    }
    return result;
  };
}

/** `diff`, warning of each recorded change outside Pulumi to a field the program still leaves undeclared. */
export function reportingDiffChanges(
  kind: ResourceKind,
  diff: (id: string, olds: unknown, news: unknown) => Promise<pulumi.dynamic.DiffResult>,
): (id: string, olds: unknown, news: unknown) => Promise<pulumi.dynamic.DiffResult> {
  return async (id, olds, news) => {
    const result = await diff(id, olds, news);
    for (const [field, change] of Object.entries(recordedChanges(olds))) {
      if ((news as Record<string, unknown> | undefined)?.[field] === undefined) await warn(outsideChangeMessage(kind, label(kind, id, olds), field, change));
    }
    return result;
  };
}

/**
 * `update`, keeping the record of a change outside Pulumi to a field the program still leaves undeclared
 * and that the update left as it was (an update of the key's name leaves a Console deactivation on record).
 */
export function carryingUpdateChanges(
  update: (id: string, olds: unknown, news: unknown) => Promise<pulumi.dynamic.UpdateResult>,
): (id: string, olds: unknown, news: unknown) => Promise<pulumi.dynamic.UpdateResult> {
  return async (id, olds, news) => {
    const result = await update(id, olds, news);
    const outs = (result.outs ?? {}) as Record<string, unknown>;
    const kept = Object.entries(recordedChanges(olds)).filter(
      ([field, change]) => (news as Record<string, unknown> | undefined)?.[field] === undefined && isDeepStrictEqual(outs[field], change.now),
    );
    if (kept.length === 0) return result;
    return { ...result, outs: { ...outs, [CHANGED_OUTSIDE]: Object.fromEntries(kept) } };
  };
}
