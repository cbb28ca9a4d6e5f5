import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../../dynamic/shim";
import { ownerInput, withOutputs } from "../resource-options";
import type { RateLimiterName } from "./schema";

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
}

/** A workspace of the organization, with its spend limit and rate limits. Delete archives it. */
export class Workspace extends pulumi.dynamic.Resource {
  /** The workspace's name in the Console (for an adopted workspace without `name`, its own). */
  declare readonly name: pulumi.Output<string>;

  constructor(name: string, args: WorkspaceArgs = {}, opts?: pulumi.CustomResourceOptions) {
    const defaultName = args.adoptId === undefined ? name : undefined;
    const props = withOutputs({ ...args, name: args.name ?? defaultName, ...ownerInput("Workspace", name, opts) }, outputs);
    super(dynamicProvider("Workspace"), name, props, opts, "anthropic", "Workspace");
  }

  /** Reads an existing workspace into the program without managing it. */
  static get(name: string, id: pulumi.Input<string>, opts?: pulumi.CustomResourceOptions): Workspace {
    return new Workspace(name, {}, { ...opts, id });
  }
}

/**
 * The outputs users read, registered with every Workspace. The rest of the live workspace stays out of
 * the resource (each registered property costs the program time, and state bytes): read it with
 * `getWorkspaces`.
 */
const outputs = ["name"];
