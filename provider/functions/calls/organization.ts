/** `getOrganization` itself: loaded on its first call (see ../organization.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { organizationArgument } from "../organization-argument";
import type { OrganizationInfo } from "../organization";

const Args = z.strictObject({ organization: organizationArgument });

export type GetOrganizationArgs = z.input<typeof Args>;

export async function getOrganization(args?: GetOrganizationArgs, _opts?: pulumi.InvokeOptions): Promise<OrganizationInfo> {
  const { organization } = parseArgs("getOrganization", Args, args);
  const org = await functionClient("getOrganization", organization).getOrganization();
  return { id: org.id, name: org.name };
}
