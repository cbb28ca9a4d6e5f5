import type * as pulumi from "@pulumi/pulumi";

/** The resource kinds this package implements; each maps to one handler set in `implementation.ts`. */
export type ResourceKind = "Workspace" | "ApiKey" | "UserInvite" | "WorkspaceMember" | "OrganizationMember";

const shims = new Map<ResourceKind, pulumi.dynamic.ResourceProvider>();

/**
 * The provider object Pulumi serializes into the state of every resource (`__provider`).
 *
 * It must capture nothing but the kind: Pulumi stores captured values as plaintext and copies relative
 * modules by value. So each method loads the implementation by package name when the engine calls it,
 * from the project directory the engine starts the dynamic provider in. One object per kind, because
 * `dynamic.Resource` caches serialization by object identity.
 *
 * A contract with every stack ever created: this closure is stored in each resource's state, so every
 * future version must keep `require("pulumi-anthropic/internal/dynamic").implementation(kind)` working
 * for these kinds, with the seven methods, and must read the properties older versions stored (see
 * resources/declared.ts for how state without `__declared` is read). test/engine/upgrade.engine.test.ts
 * runs a state exported from 0.1.0 through refresh, preview, update and destroy to hold us to it.
 */
export function dynamicProvider(kind: ResourceKind): pulumi.dynamic.ResourceProvider {
  let shim = shims.get(kind);
  if (!shim) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const impl = () => require("pulumi-anthropic/internal/dynamic").implementation(kind);
    shim = {
      configure: (req) => impl().configure(req),
      check: (olds, news) => impl().check(olds, news),
      diff: (id, olds, news) => impl().diff(id, olds, news),
      create: (inputs) => impl().create(inputs),
      read: (id, props) => impl().read(id, props),
      update: (id, olds, news) => impl().update(id, olds, news),
      delete: (id, props) => impl().delete(id, props),
    };
    shims.set(kind, shim);
  }
  return shim;
}
