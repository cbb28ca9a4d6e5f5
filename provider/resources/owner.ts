import { createHash } from "node:crypto";

/**
 * The internal input that names the resource a create belongs to: its URN (stack, project, type,
 * parents, name), computed by the resource class. A create that an interrupted `pulumi up` left
 * behind is recognised by it and taken over instead of duplicated. Never diffed, never displayed.
 */
export const OWNER = "__owner";

/** The workspace tag that carries the owner (tags are the only free-form field the API offers). */
export const OWNER_TAG = "pulumi-resource";

/** The owner as a tag value (at most 256 characters): the URN itself, or its digest when longer. */
export function ownerTagValue(urn: string): string {
  return urn.length <= 256 ? urn : `sha256:${createHash("sha256").update(urn).digest("hex")}`;
}

/** The owner of a create, when the engine knows it (an unknown or missing one disables take-over). */
export function ownerOf(inputs: object): string | undefined {
  const owner = (inputs as Record<string, unknown>)[OWNER];
  return typeof owner === "string" && owner.startsWith("urn:pulumi:") ? owner : undefined;
}

/**
 * Service accounts and federation rules have no tags; their one free-text field the API returns is the
 * description, so the owner goes there, on a last line of its own: `pulumi-resource: <owner>`. That line
 * is what proves a same-named object is this resource's own leftover: a name alone does not (two stacks
 * of one project declare the same names in the same organization). Outputs, diffs and refresh see the
 * description without it.
 */
const OWNER_LINE = /(?:^|\n\n)pulumi-resource: ([^\n]+)$/;
/** The longest description the API takes (as the emulator enforces it). */
const DESCRIPTION_LIMIT = 1024;

/** The description to send: the declared one (or none) with the owner line; unmarked when it would not fit. */
export function withOwnerLine(description: string | undefined, owner: string | undefined): string | undefined {
  if (owner === undefined) return description;
  const line = `pulumi-resource: ${ownerTagValue(owner)}`;
  const marked = description ? `${description}\n\n${line}` : line;
  return marked.length <= DESCRIPTION_LIMIT ? marked : description;
}

/** The owner a live description names, if it has the line. */
export function ownerLineOf(description: string | null | undefined): string | undefined {
  return OWNER_LINE.exec(description ?? "")?.[1];
}

/** The description as the program wrote it: the live one without the owner line ("" for none). */
export function withoutOwnerLine(description: string | null | undefined): string {
  return (description ?? "").replace(OWNER_LINE, "");
}
