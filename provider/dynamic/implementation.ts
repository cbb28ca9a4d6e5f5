/**
 * What the dynamic provider shim loads at call time (`pulumi-anthropic/internal/dynamic`). Not part of
 * the public API: its shape may change between versions.
 */
import type * as pulumi from "@pulumi/pulumi";
import { apiKeyHandlers } from "../resources/api-key/operations";
import { organizationMemberHandlers } from "../resources/organization-member/operations";
import { userInviteHandlers } from "../resources/user-invite/operations";
import { workspaceMemberHandlers } from "../resources/workspace-member/operations";
import { workspaceHandlers } from "../resources/workspace/operations";
import { requireSettings, useStackConfig } from "./settings";
import type { ResourceKind } from "./shim";

type Handlers = Required<Omit<pulumi.dynamic.ResourceProvider, "configure">>;

const handlers: Record<ResourceKind, Handlers> = {
  Workspace: workspaceHandlers as unknown as Handlers,
  ApiKey: apiKeyHandlers as unknown as Handlers,
  UserInvite: userInviteHandlers as unknown as Handlers,
  WorkspaceMember: workspaceMemberHandlers as unknown as Handlers,
  OrganizationMember: organizationMemberHandlers as unknown as Handlers,
};

export function implementation(kind: ResourceKind): Required<pulumi.dynamic.ResourceProvider> {
  const resource = handlers[kind];
  if (!resource) throw new Error(`pulumi-anthropic has no resource kind "${kind}"; is the installed package older than the program?`);
  return {
    async configure(req: pulumi.dynamic.ConfigureRequest) {
      useStackConfig((key) => req.config.get(key));
    },
    ...resource,
    // A missing admin key or a bad endpoint fails the preview, not halfway through an update.
    async check(olds, news) {
      requireSettings();
      return resource.check(olds, news);
    },
  };
}
