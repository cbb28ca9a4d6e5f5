/** `getWorkspaces`: the workspaces of the organization. */
import { z } from "zod";
import { declareFunction, field, named } from "../declare";
import { flagArgument as flag } from "../flag-argument";
import { organizationArgument } from "../organization-argument";

const workspace = named(
  z.object({
    id: field(z.string(), "`wrkspc_...`"),
    name: field(z.string(), "The workspace's name in the Console."),
    displayColor: field(z.string(), "Hex color in the Console, e.g. `#6C5BB9`."),
    tags: field(z.record(z.string(), z.string()), "The workspace's tags."),
    createdAt: field(z.string(), "When it was created (RFC 3339)."),
    archivedAt: field(z.string().nullable(), "Null while the workspace is active."),
    workspaceGeo: field(z.string(), "Where the workspace's data lives, e.g. `us`."),
    allowedInferenceGeos: field(z.union([z.literal("unrestricted"), z.array(z.string())]), "`\"unrestricted\"` or the geos inference may run in."),
    defaultInferenceGeo: field(z.string(), "Where inference runs when a request names no geo."),
    externalKeyId: field(z.string().nullable(), "The customer-managed key encrypting the workspace; null for none."),
  }),
  "WorkspaceInfo",
  "A workspace of the organization.",
);

export const getWorkspaces = declareFunction({
  name: "getWorkspaces",
  description: "Active workspaces by default, as the API lists them; archived and default ones on request.",
  args: z.strictObject({
    includeArchived: field(flag("also list archived workspaces; default false"), "Also list archived workspaces; default false."),
    includeDefault: field(flag("also list the organization's default workspace; default false"), "Also list the organization's default workspace; default false."),
    organization: organizationArgument,
  }),
  result: z.object({ workspaces: field(z.array(workspace), "The workspaces.") }),
});
