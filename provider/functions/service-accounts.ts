/** The organization's service accounts (workload identities), optionally with their workspace memberships. */
import type * as pulumi from "@pulumi/pulumi";
import { outputOf } from "./output";

/** Arguments of `getServiceAccounts`; all optional. */
export interface GetServiceAccountsArgs {
  /** Also list archived accounts. Default false. */
  includeArchived?: boolean;
  /** Also list each account's workspace memberships (one more request per live account). Default false. */
  includeWorkspaces?: boolean;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) to read; default: the
   * top-level `anthropic:*` settings.
   */
  organization?: string;
}

/** Arguments of `getServiceAccountsOutput`: those of `getServiceAccounts`, each may be an Input. */
export interface GetServiceAccountsOutputArgs {
  includeArchived?: pulumi.Input<boolean>;
  includeWorkspaces?: pulumi.Input<boolean>;
  organization?: pulumi.Input<string>;
}

export interface ServiceAccountWorkspaceInfo {
  workspaceId: string;
  /** The account's workspace role. */
  role: string;
  /** True for the implicit `workspace_user` membership of the default workspace every account has. */
  implicit: boolean;
}

export interface ServiceAccountInfo {
  /** `svac_...` */
  id: string;
  name: string;
  /** An empty string when the account has none. */
  description: string;
  /** `developer` or `admin`. */
  organizationRole: string;
  createdAt: string;
  /** Null while the account is live. */
  archivedAt: string | null;
  /** Empty unless `includeWorkspaces` (and always for an archived account). */
  workspaces: ServiceAccountWorkspaceInfo[];
}

export interface GetServiceAccountsResult {
  serviceAccounts: ServiceAccountInfo[];
}

/**
 * Every service account, newest first, following all pages. The endpoints take only an OAuth token
 * (`anthropic:authToken` / `ANTHROPIC_AUTH_TOKEN`, or federation), never the admin key.
 */
export async function getServiceAccounts(args?: GetServiceAccountsArgs, opts?: pulumi.InvokeOptions): Promise<GetServiceAccountsResult> {
  return (await import("./calls/service-accounts.js")).getServiceAccounts(args, opts);
}

export function getServiceAccountsOutput(
  args?: GetServiceAccountsOutputArgs, opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetServiceAccountsResult> {
  return outputOf(getServiceAccounts, args, opts);
}
