import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { isResourceOf, ownerInput, withOutputs } from "../resource-options";
import { outputs, type WorkspaceArgs, type WorkspaceProperties, type WorkspaceState } from "./generated";

export type { WorkspaceArgs, WorkspaceState } from "./generated";

// The properties users read (`name`), declared in schema.ts, merged into the class.
export interface Workspace extends WorkspaceProperties {}

/** A workspace of the organization, with its spend limit and rate limits. Delete archives it. */
export class Workspace extends pulumi.dynamic.Resource {
  constructor(name: string, args?: WorkspaceArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: WorkspaceArgs | WorkspaceState = {}, opts?: pulumi.CustomResourceOptions) {
    // Reading (`get`): the state goes to the read as it is given, with no defaults and no owner.
    const inputs =
      opts?.id !== undefined
        ? argsOrState
        : { ...argsOrState, name: argsOrState.name ?? (argsOrState.adoptId === undefined ? name : undefined), ...ownerInput("Workspace", name, opts) };
    super(dynamicProvider("Workspace"), name, withOutputs(inputs, outputs), opts, "anthropic", "Workspace");
  }

  /**
   * Reads an existing workspace (`wrkspc_...`) into the program without managing it: destroy leaves it
   * alone. `state` is optional; give `organization` in it to read from a named organization.
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: WorkspaceState, opts?: pulumi.CustomResourceOptions): Workspace {
    return new Workspace(name, state ?? {}, { ...opts, id });
  }

  /**
   * Whether `obj` is a Workspace. Compares the type Pulumi registered, as Pulumi's own `isInstance`
   * does, so it holds for an instance made by another copy of this package too.
   */
  static override isInstance(obj: unknown): obj is Workspace {
    return isResourceOf("Workspace", obj);
  }
}

