/** The organization the admin key belongs to. */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { parseArgs } from "./arguments";
import { functionClient } from "./client";
import { outputOf } from "./output";

export interface OrganizationInfo {
  /** The organization's id (a UUID on api.anthropic.com). */
  id: string;
  name: string;
}

const Args = z.strictObject({});

/** `GET /v1/organizations/me`. Takes no arguments; `{}` is accepted so it reads like its siblings. */
export async function getOrganization(args?: Record<string, never>, _opts?: pulumi.InvokeOptions): Promise<OrganizationInfo> {
  parseArgs("getOrganization", Args, args);
  const org = await functionClient("getOrganization").getOrganization();
  return { id: org.id, name: org.name };
}

export function getOrganizationOutput(args?: Record<string, never>, opts?: pulumi.InvokeOutputOptions): pulumi.Output<OrganizationInfo> {
  return outputOf(getOrganization, args, opts);
}
