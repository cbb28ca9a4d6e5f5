/** `getOrganization` itself: loaded on its first call (see ../organization.ts). */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { parseArgs } from "../arguments";
import { functionClient } from "../client";
import type { OrganizationInfo } from "../organization";

const Args = z.strictObject({});

export async function getOrganization(args?: Record<string, never>, _opts?: pulumi.InvokeOptions): Promise<OrganizationInfo> {
  parseArgs("getOrganization", Args, args);
  const org = await functionClient("getOrganization").getOrganization();
  return { id: org.id, name: org.name };
}
