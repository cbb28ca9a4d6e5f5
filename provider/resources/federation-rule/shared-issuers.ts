/**
 * Issuers that sign tokens for every customer of a shared platform. A rule that trusts one of them
 * without naming the tenant would let the platform's other customers in, so the API refuses such rules;
 * the provider refuses them at preview, with the API's wording. The SDK names the platforms and the three
 * ways a rule pins the tenant; the identity claims and subject shapes are each platform's own. The one
 * list of them on the provider side.
 */
export interface SharedIssuer {
  label: string;
  url: string;
  /** Claims that name the tenant (an owner, organization or project the platform assigns). */
  identityClaims: readonly string[];
  /** Whether a subject prefix pins the tenant (for Google, any exact subject: a unique principal id). */
  pinningSubject: (prefix: string) => boolean;
}

export const SHARED_ISSUERS: readonly SharedIssuer[] = [
  {
    label: "GitHub Actions", url: "https://token.actions.githubusercontent.com",
    identityClaims: ["repository_owner", "repository_owner_id", "repository", "repository_id", "enterprise", "enterprise_id"],
    pinningSubject: (prefix) => /^repo:[^/*:]+\//.test(prefix),
  },
  {
    label: "GitLab", url: "https://gitlab.com",
    identityClaims: ["namespace_path", "namespace_id", "project_path", "project_id"],
    pinningSubject: (prefix) => /^project_path:[^/*:]+\//.test(prefix),
  },
  {
    label: "Buildkite", url: "https://agent.buildkite.com",
    identityClaims: ["organization_slug", "organization_id"],
    pinningSubject: (prefix) => /^organization:[^:*]+:/.test(prefix),
  },
  {
    label: "Terraform Cloud", url: "https://app.terraform.io",
    identityClaims: ["terraform_organization_name", "terraform_organization_id", "terraform_workspace_id"],
    pinningSubject: (prefix) => /^organization:[^:*]+:/.test(prefix),
  },
  {
    label: "Google", url: "https://accounts.google.com",
    identityClaims: ["email", "azp", "hd"],
    pinningSubject: (prefix) => prefix.length > 0 && !prefix.endsWith("*"),
  },
];

/** Scheme, host (any case) and path without trailing slashes: how an `iss` value is compared here. */
function normalized(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, "")}`;
  } catch {
    return url;
  }
}

export function sharedIssuer(issuerUrl: string): SharedIssuer | undefined {
  const wanted = normalized(issuerUrl);
  return SHARED_ISSUERS.find((issuer) => issuer.url === wanted);
}

export interface MatchToPin {
  subjectPrefix?: string;
  claims?: Record<string, string>;
  condition?: string;
}

/** Whether a rule's match names the tenant on a shared issuer (always true on any other issuer). */
export function pinsTenant(issuerUrl: string, match: MatchToPin): boolean {
  const shared = sharedIssuer(issuerUrl);
  if (!shared) return true;
  if (Object.entries(match.claims ?? {}).some(([claim, value]) => shared.identityClaims.includes(claim) && value !== "")) return true;
  if (match.subjectPrefix && shared.pinningSubject(match.subjectPrefix)) return true;
  const condition = match.condition ?? "";
  return shared.identityClaims.some((claim) => new RegExp(`\\bclaims\\s*(\\.\\s*${claim}\\b|\\[\\s*["']${claim}["']\\s*\\])`).test(condition));
}

/** The SDK's wording, and what it means for this issuer. */
export function tenantPinningMessage(issuerUrl: string): string {
  const shared = sharedIssuer(issuerUrl);
  const which = shared ? ` ${issuerUrl} is ${shared.label}'s shared issuer; its identity claims are ${shared.identityClaims.join(", ")}.` : "";
  return "Rules on well-known shared issuers (GitHub Actions, GitLab, Buildkite, Terraform Cloud, Google) must constrain tenant " +
    "identity via an identity-bearing claim, a tenant-pinning subject prefix (such as `repo:YOUR_ORG/...`), or a CEL condition " +
    `referencing one of those identity claims (e.g. \`claims.repository_owner\`).${which}`;
}
