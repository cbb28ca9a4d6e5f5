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
import "./compile-cache";
import "../base/lazy-zod-locales";
import type * as pulumi from "@pulumi/pulumi";
import { ConfigurationError } from "../client/errors";
import { isResourceKind, type ResourceKind } from "../base/kinds";
import { once } from "../base/once";
import { forEngine, UNKNOWN } from "../resources/check";
import { handlersOf } from "../resources/handlers-of";
import { organizationOf, scoped } from "./organization-handlers";
import { carryingUpdateChanges, reportingDiffChanges, reportingReadChanges } from "./outside-changes";
import { readingOwner, recordingCreateOwner, recordingUpdateOwner } from "./owner-in-state";
import { keepingProvider } from "./partial-state";
import { reportedOnce } from "./reported-once";
import { readingWithCurrentSettings } from "./stale-settings";

/** The kind's handlers as the engine calls them: with whatever the state and the program hold. */
type Handlers = Required<Omit<pulumi.dynamic.ResourceProvider, "configure">>;

/** The provider's settings, loaded by the first call that needs them (and then at hand for every later one). */
const settings = once(() => import("../settings/provider-settings.js"));

/** `method` of the kind's handlers, which it loads when first called, run in the resource's organization. */
function handler<M extends keyof Handlers>(kind: ResourceKind, method: M): Handlers[M] {
  return scoped(method, async (...args: unknown[]) => {
    const handlers = await handlersOf(kind);
    // The one place engine values meet a kind's types (see KindHandlers): the engine passes each method
    // what the same kind's check, create or read returned.
    return Reflect.apply(handlers[method], handlers, args);
  }) as Handlers[M];
}

const byKind = new Map<ResourceKind, Required<pulumi.dynamic.ResourceProvider>>();

/** The provider of `kind`: one per kind and process, since the shims ask for it on every call (resources/shim.ts). */
export function implementation(kind: ResourceKind): Required<pulumi.dynamic.ResourceProvider> {
  let provider = byKind.get(kind);
  if (!provider) {
    if (!isResourceKind(kind)) {
      throw new Error(`pulumi-anthropic has no resource kind "${kind}"; is the installed package older than the program?`);
    }
    provider = providerOf(kind);
    byKind.set(kind, provider);
  }
  return provider;
}

function providerOf(kind: ResourceKind): Required<pulumi.dynamic.ResourceProvider> {
  const check = handler(kind, "check");
  return {
    async configure(req: pulumi.dynamic.ConfigureRequest) {
      (await settings()).useStackConfig((key) => req.config.get(key));
    },
    // The host reports their errors by message alone; a partial state must keep the provider reference.
    create: keepingProvider("create", recordingCreateOwner(handler(kind, "create"))),
    update: keepingProvider("update", recordingUpdateOwner(carryingUpdateChanges(handler(kind, "update")))),
    diff: reportedOnce(reportingDiffChanges(kind, handler(kind, "diff"))),
    read: reportedOnce(
      readingWithCurrentSettings(
        readingOwner(reportingReadChanges(kind, handler(kind, "read"))),
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
