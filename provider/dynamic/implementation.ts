/**
 * What the dynamic provider shim loads at call time (`pulumi-anthropic/internal/dynamic`). Not part of
 * the public API: its shape may change between versions.
 */
import type * as pulumi from "@pulumi/pulumi";
import { ConfigurationError } from "../client/errors";
import { apiKeyHandlers } from "../resources/api-key/operations";
import { forEngine } from "../resources/check";
import { organizationMemberHandlers } from "../resources/organization-member/operations";
import { userInviteHandlers } from "../resources/user-invite/operations";
import { workspaceMemberHandlers } from "../resources/workspace-member/operations";
import { workspaceHandlers } from "../resources/workspace/operations";
import { reportedOnce } from "./reported-once";
import { settingsProblem, useStackConfig } from "./settings";
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
    // create and update need nothing: the host reports their errors by message alone.
    create: resource.create,
    update: resource.update,
    diff: reportedOnce(resource.diff),
    read: reportedOnce(resource.read),
    delete: reportedOnce(resource.delete),
    check: reportedOnce(async (olds: unknown, news: Record<string, unknown>) => {
      // A missing admin key or an unsafe endpoint fails the preview, not halfway through an update,
      // as one failure of each resource, next to whatever is wrong with its inputs.
      const settings = settingsProblem();
      let result: pulumi.dynamic.CheckResult;
      try {
        result = await resource.check(olds, news);
      } catch (err) {
        // A check that needed the API (an adopted key's value) could not run: the failure below says why.
        if (!(settings && err instanceof ConfigurationError)) throw err;
        result = { inputs: news, failures: [] };
      }
      const failures = forEngine(result.failures ?? [], news);
      if (settings) failures.unshift({ property: "", reason: settings.message });
      return { ...result, failures };
    }),
  };
}
