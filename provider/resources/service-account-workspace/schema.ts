import { z } from "zod";
import { declareKind, input, output } from "../declare";
import { workspaceId } from "../fields";
import { serviceAccountId, serviceAccountWorkspaceRole } from "../federation-fields";

// A replacement names another account or workspace, so another membership: it is added before the old one
// is removed, and a rule that targets the account never loses the workspace in between.
export const serviceAccountWorkspaceInputs = z.strictObject({
  serviceAccountId: input(serviceAccountId, { description: "The service account (`svac_...`), e.g. a ServiceAccount's `id`.", change: "replace" }),
  workspaceId: input(workspaceId(), {
    description: "The workspace (`wrkspc_...`). Another account or workspace is another membership, added before the old one is removed.",
    change: "replace",
  }),
  role: input(serviceAccountWorkspaceRole, {
    description: "`workspace_user`, `workspace_developer`, `workspace_restricted_developer` or `workspace_admin` (never billing).",
    change: "update",
  }),
});

export const declaration = declareKind({
  kind: "ServiceAccountWorkspace",
  inputs: serviceAccountWorkspaceInputs,
  outputs: z.strictObject({
    serviceAccountId: output(z.string(), { description: "The service account (`svac_...`)." }),
    workspaceId: output(z.string(), { description: "The workspace (`wrkspc_...`)." }),
    role: output(z.string(), { description: "The account's workspace role, as the API reports it." }),
  }),
});

export type ServiceAccountWorkspaceInputs = z.output<typeof serviceAccountWorkspaceInputs>;
export type ServiceAccountWorkspaceOutputs = ServiceAccountWorkspaceInputs;
