/** The organization the admin key belongs to. */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

export interface OrganizationInfo {
  /** The organization's id (a UUID on api.anthropic.com). */
  id: string;
  name: string;
}

/** `GET /v1/organizations/me`. Takes no arguments; `{}` is accepted so it reads like its siblings. */
export async function getOrganization(args?: Record<string, never>, opts?: pulumi.InvokeOptions): Promise<OrganizationInfo> {
  return (await import("./calls/organization.js")).getOrganization(args, opts);
}

export function getOrganizationOutput(args?: Record<string, never>, opts?: pulumi.InvokeOutputOptions): pulumi.Output<OrganizationInfo> {
  return outputOf(getOrganization, args, opts);
}
