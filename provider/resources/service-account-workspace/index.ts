import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, withOutputs } from "../resource-options";

export interface ServiceAccountWorkspaceArgs {
  /** The service account (`svac_...`), e.g. a ServiceAccount's `id`. Changing it replaces. */
  serviceAccountId: pulumi.Input<string>;
  /** The workspace (`wrkspc_...`). Changing it replaces. */
  workspaceId: pulumi.Input<string>;
  /** `workspace_user`, `workspace_developer`, `workspace_restricted_developer` or `workspace_admin` (never billing). In place. */
  role: pulumi.Input<"workspace_user" | "workspace_developer" | "workspace_restricted_developer" | "workspace_admin">;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** What a ServiceAccountWorkspace records, for {@link ServiceAccountWorkspace.get}. */
export interface ServiceAccountWorkspaceState {
  serviceAccountId?: pulumi.Input<string>;
  workspaceId?: pulumi.Input<string>;
  role?: pulumi.Input<string>;
  /** The organization of the stack config to read it from. */
  organization?: pulumi.Input<string>;
}

/**
 * A service account's explicit membership of a workspace, with its role; its id is `svac_.../wrkspc_...`.
 * A federation rule mints tokens only into workspaces its target is a member of (every account is
 * implicitly a `workspace_user` of the default workspace). Delete removes the membership (in the default
 * workspace the implicit one remains).
 */
export class ServiceAccountWorkspace extends pulumi.dynamic.Resource {
  declare readonly serviceAccountId: pulumi.Output<string>;
  declare readonly workspaceId: pulumi.Output<string>;
  /** The account's workspace role, as the API reports it. */
  declare readonly role: pulumi.Output<string>;

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

/** Every output the class declares, registered with every ServiceAccountWorkspace (also one read by `get`). */
const outputs = ["serviceAccountId", "workspaceId", "role"];
