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
