/**
 * The per-property view of a kind's diff, for the engine's `detailedDiff` (grpc-workarounds.ts), so a
 * preview names the properties that change and those that replace. The kind's diff decides whether
 * anything changes and what replaces; this only says where, comparing each declared input in its
 * canonical form as the kinds' diffs do. Internal inputs (`__owner`, `__declared`) are never shown.
 */
import { isDeepStrictEqual } from "node:util";
import { sameValue } from "../base/canonical";
import { DECLARED, isInternal } from "../resources/declared";
import type { PropertyChange } from "./grpc-workarounds";

interface KindDiff {
  readonly changes?: boolean;
  readonly replaces?: readonly string[];
}

const unset = (value: unknown) => value === undefined || value === null;

/**
 * `replaceOnChanges`: the kind's inputs the schema marks so. The engine replaces on any detailed change
 * of one, so a declared one the program no longer sets (after an import, every input the object has is
 * declared) is not shown unless the kind's diff replaces: the kind keeps it when unset.
 */
export function detailedDiff(
  result: KindDiff,
  olds: Record<string, unknown>,
  news: Record<string, unknown>,
  replaceOnChanges: readonly string[] = [],
): Record<string, PropertyChange> {
  if (!result.changes) return {};
  const replaces = new Set(result.replaces ?? []);
  const declared = Array.isArray(olds[DECLARED]) ? (olds[DECLARED] as string[]) : [];
  const keys = new Set([...Object.keys(news), ...declared, ...replaces]);
  const changes: Record<string, PropertyChange> = {};
  for (const key of keys) {
    if (isInternal(key)) continue;
    const [before, after] = [olds[key], news[key]];
    const differs = !sameValue(key, before, after) && !isDeepStrictEqual(before ?? null, after ?? null);
    if (!replaces.has(key) && (!differs || (unset(after) && (!declared.includes(key) || replaceOnChanges.includes(key))))) continue;
    const kind = unset(before) ? "ADD" : unset(after) ? "DELETE" : "UPDATE";
    changes[key] = replaces.has(key) ? `${kind}_REPLACE` : kind;
  }
  return changes;
}
