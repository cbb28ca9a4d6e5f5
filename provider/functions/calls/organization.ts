/** `getOrganization` itself: loaded on its first call (see ../generated/functions.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import { getOrganization as declared } from "../declarations/organization";
import type { GetOrganizationArgs, OrganizationInfo } from "../generated/organization";

export async function getOrganization(args?: GetOrganizationArgs, _opts?: pulumi.InvokeOptions): Promise<OrganizationInfo> {
  const { organization } = parseArgs("getOrganization", declared.args, args);
  const org = await functionClient("getOrganization", organization).getOrganization();
  return { id: org.id, name: org.name };
}
