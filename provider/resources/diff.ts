import type * as pulumi from "@pulumi/pulumi";
import { isDeepStrictEqual } from "node:util";
import { namedOrganization, ORGANIZATION_INPUT } from "../settings/organizations";
import { canonical } from "../base/canonical";

export interface DiffSpec {
  /** Inputs updated in place. */
  readonly updates: readonly string[];
  /** Inputs whose change needs a new object. */
  readonly replaces: readonly string[];
  /** Inputs that, when left unset, leave the live value alone instead of clearing it. */
  readonly keepWhenUnset?: readonly string[];
  /** Delete the old object before creating its replacement (names and emails that must stay unique). */
  readonly deleteBeforeReplace?: boolean;
}

/**
 * Compares the previous outputs (live values of the inputs they were made from) with the new inputs,
 * each field in its canonical form. Internal keys (`__owner`, `__declared`) are never compared.
 * Pure: no request is made, so a no-op diff costs nothing.
 */
export function diffInputs(
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
  spec: DiffSpec,
): pulumi.dynamic.DiffResult {
  const keep = new Set(spec.keepWhenUnset ?? []);
  const changed = (key: string) =>
    !(news[key] === undefined && keep.has(key)) &&
    !isDeepStrictEqual(normalize(canonical(key, olds[key])), normalize(canonical(key, news[key])));
  const replaces = spec.replaces.filter(changed);
  const updates = spec.updates.filter(changed);
  const changes = replaces.length + updates.length > 0;
  return {
    changes,
    replaces,
    deleteBeforeReplace: replaces.length > 0 && spec.deleteBeforeReplace === true,
  };
}

/**
 * Adds the organization to a kind's diff: an object cannot move between organizations, so another
 * organization is another object (created there, then the old one deleted). Another name of the same
 * organization (`oneOrganization`, as the caller found it: settings/real-organization.ts) is the same
 * object, an update that records the name. Unset and `"default"` are the same name. Every kind gets
 * this from the dynamic provider (organization-handlers.ts), whatever its own diff compares.
 */
export function withOrganizationDiff(
  result: pulumi.dynamic.DiffResult,
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
  oneOrganization: boolean,
): pulumi.dynamic.DiffResult {
  if (namedOrganization(olds[ORGANIZATION_INPUT]) === namedOrganization(news[ORGANIZATION_INPUT])) return result;
  if (oneOrganization) return { ...result, changes: true };
  const replaces = [...new Set([...(result.replaces ?? []), ORGANIZATION_INPUT])];
  return { ...result, changes: true, replaces, deleteBeforeReplace: result.deleteBeforeReplace ?? false };
}

/** `undefined` and `null` both mean "not set"; state round-trips drop undefined keys. */
function normalize(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, normalize(v)] as const);
    return Object.fromEntries(entries);
  }
  return value;
}
