import type * as pulumi from "@pulumi/pulumi";

/** Organization roles the Admin API can give (admins and owners are made in the Console). */
export type AssignableOrganizationRole = "user" | "developer" | "billing" | "claude_code_user" | "managed";

/** Workspace roles a member can be given (billing follows the organization role). */
export type AssignableWorkspaceRole = "workspace_user" | "workspace_developer" | "workspace_restricted_developer" | "workspace_admin";

/** The arguments of `DeveloperAccess`; checked when it is constructed, before anything is registered. */
export interface DeveloperAccessArgs {
  /** The person's email. A plain string: whether they have joined is looked up by it when the program runs. */
  email: string;
  /** Organization role, for the invite and then the member; default `developer`. */
  role?: AssignableOrganizationRole;
  /** Workspaces to add them to once they have joined. */
  workspaces?: DeveloperWorkspaceAccess[];
  /** An API key for their service work, made once they have joined; its value is the secret output `key`. */
  apiKey?: DeveloperServiceKey;
  /** On removal, archive the API keys the person created (the Admin API keeps them working otherwise); default true. */
  revokeKeysOnDelete?: boolean;
  /**
   * The organization to onboard them to: a name under `anthropic:organizations` in stack config, given
   * to every child and to the membership lookup. Default: the top-level `anthropic:*` settings. Changing
   * it replaces every child (they are made again in the other organization, then removed from this one).
   */
  organization?: string;
}

/** One workspace a developer joins once they have joined the organization. */
export interface DeveloperWorkspaceAccess {
  workspaceId: pulumi.Input<string>;
  /** Default `workspace_developer`. */
  role?: AssignableWorkspaceRole;
}

/** The service key a developer gets once they have joined. */
export interface DeveloperServiceKey {
  /** The workspace the key belongs to. */
  workspaceId: pulumi.Input<string>;
  /** The key's name; default the ApiKey's logical name, `<component>-key`. */
  name?: string;
  /** Change any value to rotate the key (the new key is made before the old one is revoked). */
  keepers?: Record<string, string | number | boolean>;
}
