/**
 * Which resource kind an engine call is for. The native provider serves each kind of the registry
 * (base/kinds.ts) under its type token `anthropic:index:<Kind>`; the engine names the resource by its URN,
 * whose type part is that token (prefixed by the parents' types, `parent$anthropic:index:Workspace`, for a child).
 */
import { kindOfToken, RESOURCE_KINDS, typeToken, type ResourceKind } from "../base/kinds";

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
    const known = RESOURCE_KINDS.map(typeToken).join(", ");
    throw new Error(`The anthropic provider has no resource type "${type}"; it serves ${known}. Is the plugin older than the program's SDK?`);
  }
  return kind;
}
