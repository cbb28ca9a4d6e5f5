// Type-checked by `npm test` (tsconfig.check.json), never run: the public argument types refuse what
// the API would refuse. An `@ts-expect-error` whose line compiles fails the type check.
import type { DeveloperAccessArgs, UserInviteArgs } from "pulumi-anthropic";

export const fine: DeveloperAccessArgs = {
  email: "alice@example.com",
  role: "developer",
  workspaces: [{ workspaceId: "wrkspc_1", role: "workspace_admin" }],
  apiKey: { workspaceId: "wrkspc_1", keepers: { rotation: 1 } },
};

// @ts-expect-error a role is one of the assignable role names, not a number
export const numericRole: DeveloperAccessArgs = { email: "a@example.com", role: 42 };
// @ts-expect-error admins are made in the Console
export const adminRole: DeveloperAccessArgs = { email: "a@example.com", role: "admin" };
// @ts-expect-error workspace roles are workspace_*
export const workspaceRole: DeveloperAccessArgs = { email: "a@example.com", workspaces: [{ workspaceId: "wrkspc_1", role: "developer" }] };
// @ts-expect-error the same for invites
export const inviteRole: UserInviteArgs = { email: "a@example.com", role: "owner" };
