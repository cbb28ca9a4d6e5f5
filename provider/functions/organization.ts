/** The organization the admin key belongs to. */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

export interface OrganizationInfo {
  /** The organization's id (a UUID on api.anthropic.com). */
  id: string;
  name: string;
}

/** Arguments of `getOrganization`; all optional. */
export interface GetOrganizationArgs {
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getOrganizationOutput`: those of `getOrganization`, each may be an Input. */
export interface GetOrganizationOutputArgs {
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: pulumi.Input<string>;
}

/** `GET /v1/organizations/me`: the organization the admin key belongs to. */
export async function getOrganization(args?: GetOrganizationArgs, opts?: pulumi.InvokeOptions): Promise<OrganizationInfo> {
  return (await import("./calls/organization.js")).getOrganization(args, opts);
}

export function getOrganizationOutput(args?: GetOrganizationOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<OrganizationInfo> {
  return outputOf(getOrganization, args, opts);
}
