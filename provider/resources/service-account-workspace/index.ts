import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, withOutputs } from "../resource-options";
import { outputs, type ServiceAccountWorkspaceArgs, type ServiceAccountWorkspaceProperties, type ServiceAccountWorkspaceState } from "./generated";

export type { ServiceAccountWorkspaceArgs, ServiceAccountWorkspaceState } from "./generated";

// The properties users read, declared in schema.ts, merged into the class.
export interface ServiceAccountWorkspace extends ServiceAccountWorkspaceProperties {}

/**
 * A service account's explicit membership of a workspace, with its role; its id is `svac_.../wrkspc_...`.
 * A federation rule mints tokens only into workspaces its target is a member of (every account is
 * implicitly a `workspace_user` of the default workspace). Delete removes the membership (in the default
 * workspace the implicit one remains).
 */
export class ServiceAccountWorkspace extends pulumi.dynamic.Resource {
  constructor(name: string, args: ServiceAccountWorkspaceArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: ServiceAccountWorkspaceArgs | ServiceAccountWorkspaceState, opts?: pulumi.CustomResourceOptions) {
    super(dynamicProvider("ServiceAccountWorkspace"), name, withOutputs(argsOrState, outputs), opts, "anthropic", "ServiceAccountWorkspace");
  }

  /** Reads an existing membership (`svac_.../wrkspc_...`) into the program without managing it. */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ServiceAccountWorkspaceState, opts?: pulumi.CustomResourceOptions): ServiceAccountWorkspace {
    // With `id` set, the constructor takes its second argument as state (as generated providers do).
    return new ServiceAccountWorkspace(name, (state ?? {}) as ServiceAccountWorkspaceArgs, { ...opts, id });
  }

  /** Whether `obj` is a ServiceAccountWorkspace (by the type Pulumi registered, so across copies of this package too). */
  static override isInstance(obj: unknown): obj is ServiceAccountWorkspace {
    return isResourceOf("ServiceAccountWorkspace", obj);
  }
}
