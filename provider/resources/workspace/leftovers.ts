import type { AdminClient } from "../../client";
import { collect } from "../../client/pagination";
import type { WireWorkspace } from "../../client/schemas";
import { organizationKey } from "../../settings/organization-scope";
import { OWNER_TAG, ownerTagValue } from "../owner";
import type { WorkspaceInputs } from "./schema";

/**
 * Active workspaces carrying an ownership tag, listed once per provider process (one deployment):
 * anything an interrupted earlier create left behind predates this process, and what this process
 * creates is never a leftover. So a deployment that creates N workspaces pays one listing, not N, per
 * organization (the one the operation runs in: `client` is that organization's).
 */
const indexes = new Map<string, Promise<Map<string, WireWorkspace>>>();

function ownedWorkspaces(client: AdminClient): Promise<Map<string, WireWorkspace>> {
  const organization = organizationKey();
  let index = indexes.get(organization);
  if (!index) {
    index = collect(client.listWorkspaces()).then(
      (workspaces) => {
        const owned = workspaces.filter((w) => !w.archived_at && w.tags?.[OWNER_TAG]);
        return new Map(owned.map((w) => [w.tags![OWNER_TAG]!, w]));
      },
      (err) => {
        indexes.delete(organization);
        throw err;
      },
    );
    indexes.set(organization, index);
  }
  return index;
}

/**
 * The workspace an interrupted create of the resource `owner` left behind, if any. One whose fixed
 * settings differ from the inputs is the object a replacement is replacing, not a leftover.
 */
export async function leftoverOf(client: AdminClient, owner: string, inputs: WorkspaceInputs): Promise<WireWorkspace | undefined> {
  const owned = await ownedWorkspaces(client);
  const tag = ownerTagValue(owner);
  const found = owned.get(tag);
  if (!found) return undefined;
  if (inputs.workspaceGeo && found.data_residency?.workspace_geo !== inputs.workspaceGeo) return undefined;
  if (inputs.externalKeyId && found.external_key_id && found.external_key_id !== inputs.externalKeyId) return undefined;
  owned.delete(tag);
  return found;
}

/** Ends the deployment as far as the listing goes (tests that run several deployments in one process). */
export function forgetLeftovers(): void {
  indexes.clear();
}
