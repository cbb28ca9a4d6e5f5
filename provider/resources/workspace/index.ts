import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import {isResourceOf, ownerInput, withOutputs } from "../resource-options";

/**
 * Limiter types a workspace can override. Written out rather than imported from the zod schema, so that
 * the package's typings carry no zod types; test/types/resource-types.ts keeps the two in step.
 */
type RateLimiterName =
  | "requestsPerMinute"
  | "inputTokensPerMinute"
  | "inputTokensPerMinuteCacheAware"
  | "outputTokensPerMinute"
  | "tokensPerMinute"
  | "tokensPerDay"
  | "toolUsesPerSecond";

export interface WorkspaceArgs {
  /**
   * Shown in the Console; defaults to the resource's logical name, except when adopting: then an unset
   * name leaves the workspace's own name alone. Updated in place.
   */
  name?: pulumi.Input<string>;
  /** Manage this existing workspace (`wrkspc_...`) instead of creating one. Changing it replaces. */
  adoptId?: pulumi.Input<string>;
  /** Hex color in the Console, e.g. `#6C5BB9`. Updated in place. */
  displayColor?: pulumi.Input<string>;
  /** Exactly these tags (keys may not begin with `anthropic`). Updated in place. */
  tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** Where the workspace's data lives; only `us` today. Fixed at creation: changing it replaces. */
  workspaceGeo?: pulumi.Input<"us">;
  /** `"unrestricted"` or the geos inference may run in. Updated in place. */
  allowedInferenceGeos?: pulumi.Input<"unrestricted" | Array<pulumi.Input<"global" | "us">>>;
  /** Where inference runs when a request names no geo. Updated in place. */
  defaultInferenceGeo?: pulumi.Input<"global" | "us">;
  /** Customer-managed encryption key configuration; write-once, so changing an attached key replaces. */
  externalKeyId?: pulumi.Input<string>;
  /** Monthly spend cap in US dollars. Removing it deletes the workspace's spend limit. */
  spendLimit?: pulumi.Input<{ monthlyUsd: pulumi.Input<number> }>;
  /** Workspace overrides applied to every model group; a limiter removed here falls back to the organization's. */
  rateLimits?: pulumi.Input<Partial<Record<RateLimiterName, pulumi.Input<number>>>>;
  /** Archive the workspace on delete. Default: true when this resource created it, false when adopted. */
  archiveOnDelete?: pulumi.Input<boolean>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/**
 * What a Workspace records, for {@link Workspace.get}: its outputs and the inputs it was declared
 * with. Each field given is passed to the read as recorded state; `organization` picks where it is read.
 */
export interface WorkspaceState {
  /** The workspace's name in the Console. */
  name?: pulumi.Input<string>;
  /** The adopted workspace's id, when the resource adopted one. */
  adoptId?: pulumi.Input<string>;
  /** Hex color in the Console, e.g. `#6C5BB9`. */
  displayColor?: pulumi.Input<string>;
  /** The workspace's tags. */
  tags?: WorkspaceArgs["tags"];
  /** Where the workspace's data lives (`us`). */
  workspaceGeo?: WorkspaceArgs["workspaceGeo"];
  /** `"unrestricted"` or the geos inference may run in. */
  allowedInferenceGeos?: WorkspaceArgs["allowedInferenceGeos"];
  /** Where inference runs when a request names no geo. */
  defaultInferenceGeo?: WorkspaceArgs["defaultInferenceGeo"];
  /** Customer-managed encryption key configuration. */
  externalKeyId?: pulumi.Input<string>;
  /** Monthly spend cap in US dollars. */
  spendLimit?: WorkspaceArgs["spendLimit"];
  /** The workspace's rate-limit overrides. */
  rateLimits?: WorkspaceArgs["rateLimits"];
  /** Whether delete archives the workspace. */
  archiveOnDelete?: pulumi.Input<boolean>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** A workspace of the organization, with its spend limit and rate limits. Delete archives it. */
export class Workspace extends pulumi.dynamic.Resource {
  /**
   * The workspace's name in the Console: `name` as declared (default the logical name), or, for an
   * adopted workspace without `name`, its own name.
   */
  declare readonly name: pulumi.Output<string>;

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

/**
 * The outputs users read, registered with every Workspace. The rest of the live workspace stays out of
 * the resource (each registered property costs the program time, and state bytes): read it with
 * `getWorkspaces`.
 */
const outputs = ["name"];
