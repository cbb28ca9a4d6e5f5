import { ConflictError } from "../client/errors";
import { warn } from "../base/engine-log";
import { ownerLineOf, ownerTagValue } from "./owner";

/**
 * Creates of uniquely named objects (service accounts, federation issuers and rules): the API answers
 * 409 when a live object of the kind already has the name. When that object is what an interrupted
 * create of this same resource made (its response lost to a crash or a dropped connection, so state
 * never recorded it), the create takes it over; anything else is refused with what to do.
 */

/** What the three kinds share: a unique name among live objects, and their lifecycle. */
export interface NamedObject {
  id: string;
  name: string;
  archived_at: string | null;
}

export interface NameTaken<T extends NamedObject> {
  /** `FederationRule "deploy"`, for messages. */
  label: string;
  /** `service account`, for messages. */
  what: string;
  name: string;
  /** The resource's owner (its URN), when the engine gave one. */
  owner: string | undefined;
  list: () => AsyncIterable<T>;
  /**
   * Whether `live` is provably this resource's own leftover. Undefined for a kind that has no field to
   * prove it with: then a same-named object is always refused, with `remedy` saying what to run.
   */
  owns?: (live: T, owner: string) => boolean;
  /** What to do about a same-named object that is not taken over (after "Choose another name, or ..."). */
  remedy: (live: T) => string;
}

/** An owner line in the description (see owner.ts) proves ownership; a same name alone does not. */
export const ownedByDescription = (live: { description: string | null }, owner: string) =>
  ownerLineOf(live.description) === ownerTagValue(owner);

/**
 * The object to take over after `err`, or throws: `err` itself when it is not a "name taken" conflict,
 * else a message naming the property, the object and the remedy.
 */
export async function leftoverAfterConflict<T extends NamedObject>(err: unknown, taken: NameTaken<T>): Promise<T> {
  if (!(err instanceof ConflictError)) throw err;
  const live = await liveNamed(taken);
  if (!live) throw err;
  if (taken.owner && taken.owns?.(live, taken.owner)) {
    await warn(`${taken.label}: took over ${live.id}, left behind by an interrupted create of this resource.`);
    return live;
  }
  const why = taken.owns
    ? "was not created by this resource (its description has no `pulumi-resource:` line naming it)"
    : `may or may not be the leftover of an interrupted create of this resource: a ${taken.what} has no field that could record which resource created it, so it is never taken over`;
  throw new Error(
    `name: a ${taken.what} named "${taken.name}" already exists in this organization (${live.id}) and ${why}. ` +
      `Choose another name, or ${taken.remedy(live)}, then run pulumi up again.`,
    { cause: err },
  );
}

async function liveNamed<T extends NamedObject>(taken: NameTaken<T>): Promise<T | undefined> {
  for await (const object of taken.list()) if (object.name === taken.name && !object.archived_at) return object;
  return undefined;
}
