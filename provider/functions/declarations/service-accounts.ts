/** `getServiceAccounts`: the organization's service accounts (workload identities), optionally with their workspace memberships. */
import { z } from "zod";
import { declareFunction, field, named } from "../declare";
import { flagArgument } from "../flag-argument";
import { organizationArgument } from "../organization-argument";

const membership = named(
  z.object({
    workspaceId: field(z.string(), "`wrkspc_...`"),
    role: field(z.string(), "The account's workspace role."),
    implicit: field(z.boolean(), "True for the implicit `workspace_user` membership of the default workspace every account has."),
  }),
  "ServiceAccountWorkspaceInfo",
  "A service account's membership of a workspace.",
);

const account = named(
  z.object({
    id: field(z.string(), "`svac_...`"),
    name: field(z.string(), "The account's name."),
    description: field(z.string(), "An empty string when the account has none."),
    organizationRole: field(z.string(), "`developer` or `admin`."),
    createdAt: field(z.string(), "When it was created (RFC 3339)."),
    archivedAt: field(z.string().nullable(), "Null while the account is live."),
    workspaces: field(z.array(membership), "Empty unless `includeWorkspaces` (and always for an archived account)."),
  }),
  "ServiceAccountInfo",
  "A service account of the organization.",
);

export const getServiceAccounts = declareFunction({
  name: "getServiceAccounts",
  description:
    "Every service account, newest first, following all pages. The endpoints take only an OAuth token " +
    "(`anthropic:authToken` / `ANTHROPIC_AUTH_TOKEN`, or federation), never the admin key.",
  args: z.strictObject({
    includeArchived: field(flagArgument(), "Also list archived accounts. Default false."),
    includeWorkspaces: field(
      flagArgument(),
      "Also list each account's workspace memberships (one more request per live account). Default false.",
    ),
    organization: organizationArgument,
  }),
  result: z.object({ serviceAccounts: field(z.array(account), "The accounts.") }),
});
