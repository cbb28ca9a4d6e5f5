import type * as pulumi from "@pulumi/pulumi";
import { kindOfModule, moduleOf, type ResourceKind } from "../base/kinds";

/**
 * The provider object of a kind: what the engine calls for every resource of that kind.
 *
 * It must capture nothing but the kind: Pulumi stores captured values as plaintext and copies relative
 * modules by value. So each method loads the implementation by package name when the engine calls it,
 * from the project directory the engine starts the dynamic provider in.
 */
export function shimFor(kind: ResourceKind): Required<pulumi.dynamic.ResourceProvider> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const impl = () => require("pulumi-anthropic/internal/dynamic").implementation(kind);
  return {
    configure: (req) => impl().configure(req),
    check: (olds, news) => impl().check(olds, news),
    diff: (id, olds, news) => impl().diff(id, olds, news),
    create: (inputs) => impl().create(inputs),
    read: (id, props) => impl().read(id, props),
    update: (id, olds, news) => impl().update(id, olds, news),
    delete: (id, props) => impl().delete(id, props),
  };
}

/**
 * The provider object of the kind whose module file is `file` (`__filename` of a dynamic/kinds/<module>
 * module): the kind registry (kinds.ts) names every kind's module, so the module files need not.
 */
export function shimForFile(file: string): Required<pulumi.dynamic.ResourceProvider> {
  const module = /([^/\\]+)\.[cm]?[jt]s$/.exec(file)?.[1] ?? "";
  const kind = kindOfModule(module);
  if (!kind) throw new Error(`pulumi-anthropic: ${file} is the module of no resource kind (see kinds.ts)`);
  return shimFor(kind);
}

/**
 * The provider object Pulumi serializes into the state of every resource (`__provider`): the exports
 * of the kind's own module, `pulumi-anthropic/internal/dynamic/<kind>`.
 *
 * Pulumi's closure serializer writes a value that is the exports of a module installed under
 * node_modules as `require("<package export>")`, so in a user's project (the package installed by npm)
 * each resource stores a ~250-byte reference instead of the code. Where the package is not under
 * node_modules (a link to a checkout), the same object is serialized by value, as a shim whose
 * methods still load the implementation by package name. Either way nothing but the kind is captured,
 * and one object per kind, because `dynamic.Resource` caches serialization by object identity.
 *
 * A contract with every stack ever created: both forms are stored in states, so every future version
 * must keep `pulumi-anthropic/internal/dynamic/<kind>` and
 * `require("pulumi-anthropic/internal/dynamic").implementation(kind)` working for these kinds, with the
 * seven methods, and must read the properties older versions stored (see resources/declared.ts for how
 * state without `__declared` is read). test/engine/upgrade.engine.test.ts runs a state exported from
 * 0.1.0 through refresh, preview, update and destroy to hold us to it.
 */
export function dynamicProvider(kind: ResourceKind): pulumi.dynamic.ResourceProvider {
  // By package name, like the shim's own require: the one copy of the module that node_modules holds.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(`pulumi-anthropic/internal/dynamic/${moduleOf(kind)}`);
}
