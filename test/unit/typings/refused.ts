// Roles the API would refuse must not compile. The repository's type check holds every
// `@ts-expect-error` below to an error on the next line; typings.test.ts removes the directives and
// compiles this file against the packed package, expecting errors on exactly those lines.
import * as anthropic from "pulumi-anthropic";

export const numericRole = new anthropic.DeveloperAccess("a", {
  email: "a@example.com",
  // @ts-expect-error a role is one of the assignable role names, not a number
  role: 42,
});
export const adminRole = new anthropic.DeveloperAccess("b", {
  email: "b@example.com",
  // @ts-expect-error admins are made in the Console
  role: "admin",
});
export const numericWorkspaceRole = new anthropic.DeveloperAccess("c", {
  email: "c@example.com",
  workspaces: [{
    workspaceId: "wrkspc_01",
    // @ts-expect-error workspace roles are workspace_* names
    role: 42,
  }],
});
export const adminMember = new anthropic.OrganizationMember("d", {
  email: "d@example.com",
  // @ts-expect-error admins are made in the Console
  role: "admin",
});
export const numericMemberRole = new anthropic.OrganizationMember("e", {
  email: "e@example.com",
  // @ts-expect-error a role is a name
  role: 42,
});
export const adminInvite = new anthropic.UserInvite("f", {
  email: "f@example.com",
  // @ts-expect-error admins are made in the Console
  role: "admin",
});
export const numericInviteRole = new anthropic.UserInvite("g", {
  email: "g@example.com",
  // @ts-expect-error a role is a name
  role: 42,
});
