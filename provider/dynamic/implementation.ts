/**
 * What the dynamic provider shim loads at call time (`pulumi-anthropic/internal/dynamic`). Not for
 * programs to import, but a contract with every stack ever created: states store providers that call
 * `implementation(kind)` (0.1.0) or its kind modules (later), so it keeps its name, its kinds and their
 * seven methods in every version (see dynamicProvider in shim.ts and test/engine/upgrade.engine.test.ts).
 *
 * Loading it loads nothing else of weight: each kind's handlers (with zod and the client) are imported
 * by the kind's first call, so a deployment of workspaces never loads the code of API keys, and undici
 * waits for the first request (client/transport.ts).
 */
import type * as pulumi from "@pulumi/pulumi";
import { ConfigurationError } from "../client/errors";
import { forEngine, UNKNOWN } from "../resources/check";
import { organizationOf, scoped } from "./organization-handlers";
import { carryingUpdateChanges, reportingDiffChanges, reportingReadChanges } from "./outside-changes";
import { keepingProvider } from "./partial-state";
import { reportedOnce } from "./reported-once";
import type { ResourceKind } from "./shim";
import { readingWithCurrentSettings } from "./stale-settings";

type Handlers = Required<Omit<pulumi.dynamic.ResourceProvider, "configure">>;

const handlerModules: Record<ResourceKind, () => Promise<Handlers>> = {
  Workspace: async () => (await import("../resources/workspace/operations.js")).workspaceHandlers as unknown as Handlers,
  ApiKey: async () => (await import("../resources/api-key/operations.js")).apiKeyHandlers as unknown as Handlers,
  UserInvite: async () => (await import("../resources/user-invite/operations.js")).userInviteHandlers as unknown as Handlers,
  WorkspaceMember: async () =>
    (await import("../resources/workspace-member/operations.js")).workspaceMemberHandlers as unknown as Handlers,
  OrganizationMember: async () =>
    (await import("../resources/organization-member/operations.js")).organizationMemberHandlers as unknown as Handlers,
  ExternalKey: async () => (await import("../resources/external-key/operations.js")).externalKeyHandlers as unknown as Handlers,
  ComplianceSettings: async () =>
    (await import("../resources/compliance-settings/operations.js")).complianceSettingsHandlers as unknown as Handlers,
  RbacGroup: async () => (await import("../resources/rbac-group/operations.js")).rbacGroupHandlers as unknown as Handlers,
  RbacGroupMember: async () =>
    (await import("../resources/rbac-group-member/operations.js")).rbacGroupMemberHandlers as unknown as Handlers,
  WebhookEndpoint: async () =>
    (await import("../resources/webhook-endpoint/operations.js")).webhookEndpointHandlers as unknown as Handlers,
  TelemetryDestination: async () =>
    (await import("../resources/telemetry-destination/operations.js")).telemetryDestinationHandlers as unknown as Handlers,
  ServiceAccount: async () =>
    (await import("../resources/service-account/operations.js")).serviceAccountHandlers as unknown as Handlers,
  ServiceAccountWorkspace: async () =>
    (await import("../resources/service-account-workspace/operations.js")).serviceAccountWorkspaceHandlers as unknown as Handlers,
  FederationIssuer: async () =>
    (await import("../resources/federation-issuer/operations.js")).federationIssuerHandlers as unknown as Handlers,
  FederationRule: async () =>
    (await import("../resources/federation-rule/operations.js")).federationRuleHandlers as unknown as Handlers,
};

const settings = () => import("./settings.js");

/** `method` of the kind's handlers, which it loads when first called, run in the resource's organization. */
function handler<M extends keyof Handlers>(kind: ResourceKind, method: M): Handlers[M] {
  return scoped(method, async (...args: unknown[]) => {
    const handlers = await handlerModules[kind]();
    return (handlers[method] as (...args: unknown[]) => unknown)(...args);
  }) as Handlers[M];
}

export function implementation(kind: ResourceKind): Required<pulumi.dynamic.ResourceProvider> {
  if (!Object.hasOwn(handlerModules, kind)) {
    throw new Error(`pulumi-anthropic has no resource kind "${kind}"; is the installed package older than the program?`);
  }
  const check = handler(kind, "check");
  return {
    async configure(req: pulumi.dynamic.ConfigureRequest) {
      (await settings()).useStackConfig((key) => req.config.get(key));
    },
    // The host reports their errors by message alone; a partial state must keep the provider reference.
    create: keepingProvider("create", handler(kind, "create")),
    update: keepingProvider("update", carryingUpdateChanges(handler(kind, "update"))),
    diff: reportedOnce(reportingDiffChanges(kind, handler(kind, "diff"))),
    read: reportedOnce(
      readingWithCurrentSettings(
        reportingReadChanges(kind, handler(kind, "read")),
        (args) => organizationOf("read", args),
        async () => (await settings()).givenStackSettings(),
      ),
    ),
    delete: reportedOnce(handler(kind, "delete")),
    check: reportedOnce(async (olds: unknown, news: Record<string, unknown>) => {
      // A missing credential (or one the kind's endpoints do not take) or an unsafe endpoint fails the preview, not halfway through an update,
      // as one failure of each resource, next to whatever is wrong with its inputs.
      const problem = (await settings()).settingsProblem(news.organization, kind);
      let result: pulumi.dynamic.CheckResult;
      try {
        result = await check(olds, news);
      } catch (err) {
        // A check that needed the API (an adopted key's value) could not run: the failure below says why,
        // or the organization is not known yet (preview), and the check runs again once it is.
        if (!((problem || news.organization === UNKNOWN) && err instanceof ConfigurationError)) throw err;
        result = { inputs: news, failures: [] };
      }
      const failures = forEngine(kind, result.failures ?? [], news);
      if (problem) failures.unshift({ property: news.organization === undefined ? "" : "organization", reason: problem.message });
      return { ...result, failures };
    }),
  };
}
