/**
 * Which resource kind an engine call is for. The native provider serves each kind under the token
 * `anthropic:index:<Kind>`; the engine names the resource by its URN, whose type part is that token
 * (prefixed by the parents' types, `parent$anthropic:index:Workspace`, for a child).
 *
 * The kinds are those the dynamic path serves (dynamic/shim.ts): one list, no second one here.
 */
import { kindModules, type ResourceKind } from "../dynamic/shim";

export const PACKAGE = "anthropic";

/** `anthropic:index:Workspace` for `Workspace`. */
export function tokenOf(kind: ResourceKind): string {
  return `${PACKAGE}:index:${kind}`;
}

/** The kind a resource type token names, or undefined when it names none. */
export function kindOfToken(token: string): ResourceKind | undefined {
  const match = /^anthropic:index:([A-Za-z]+)$/.exec(token);
  const kind = match?.[1];
  return kind !== undefined && Object.hasOwn(kindModules, kind) ? (kind as ResourceKind) : undefined;
}

/** The type token of a URN (`urn:pulumi:<stack>::<project>::<parents$type>::<name>`). */
export function typeOfUrn(urn: string): string {
  const type = urn.split("::")[2] ?? "";
  return type.slice(type.lastIndexOf("$") + 1);
}

/** The kind of the resource a URN names; throws a clear error for a type this provider does not serve. */
export function kindOfUrn(urn: string): ResourceKind {
  const type = typeOfUrn(urn);
  const kind = kindOfToken(type);
  if (!kind) {
    const known = Object.keys(kindModules).map((name) => tokenOf(name as ResourceKind)).join(", ");
    throw new Error(`The anthropic provider has no resource type "${type}"; it serves ${known}. Is the plugin older than the program's SDK?`);
  }
  return kind;
}
