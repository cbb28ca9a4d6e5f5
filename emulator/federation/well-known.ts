import type { RuleMatch } from "../federation-wire";

// Issuers that sign tokens for every customer of a shared platform: a rule that trusts one of them without
// naming the tenant would let any of the platform's other customers in. The SDK lists the platforms and the
// three ways a rule may pin the tenant; the identity claims and subject shapes are each platform's own.

interface SharedIssuer {
  label: string;
  url: string;
  /** Claims that name the tenant (an owner, organization or project the platform assigns). */
  identityClaims: string[];
  /** A subject prefix that pins the tenant; for Google, any exact subject (a unique principal id). */
  pinningSubject: (prefix: string) => boolean;
}

const exactOrPrefix = (pattern: RegExp) => (prefix: string) => pattern.test(prefix);

const SHARED_ISSUERS: SharedIssuer[] = [
  {
    label: "GitHub Actions", url: "https://token.actions.githubusercontent.com",
    identityClaims: ["repository_owner", "repository_owner_id", "repository", "repository_id", "enterprise", "enterprise_id"],
    pinningSubject: exactOrPrefix(/^repo:[^/*:]+\//),
  },
  {
    label: "GitLab", url: "https://gitlab.com",
    identityClaims: ["namespace_path", "namespace_id", "project_path", "project_id"],
    pinningSubject: exactOrPrefix(/^project_path:[^/*:]+\//),
  },
  {
    label: "Buildkite", url: "https://agent.buildkite.com",
    identityClaims: ["organization_slug", "organization_id"],
    pinningSubject: exactOrPrefix(/^organization:[^:*]+:/),
  },
  {
    label: "Terraform Cloud", url: "https://app.terraform.io",
    identityClaims: ["terraform_organization_name", "terraform_organization_id", "terraform_workspace_id"],
    pinningSubject: exactOrPrefix(/^organization:[^:*]+:/),
  },
  {
    label: "Google", url: "https://accounts.google.com",
    identityClaims: ["email", "azp", "hd"],
    pinningSubject: (prefix) => prefix.length > 0 && !prefix.endsWith("*"),
  },
];

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

/** Whether a rule's match names the tenant on a shared issuer (always true on any other issuer). */
export function pinsTenant(issuerUrl: string, match: RuleMatch): boolean {
  const shared = sharedIssuer(issuerUrl);
  if (!shared) return true;
  if (Object.entries(match.claims ?? {}).some(([claim, value]) => shared.identityClaims.includes(claim) && value !== "")) return true;
  if (match.subject_prefix && shared.pinningSubject(match.subject_prefix)) return true;
  const condition = match.condition ?? "";
  return shared.identityClaims.some((claim) => new RegExp(`\\bclaims\\s*(\\.\\s*${claim}\\b|\\[\\s*["']${claim}["']\\s*\\])`).test(condition));
}

/** The SDK's wording, plus what it means for this issuer. */
export function tenantPinningMessage(issuerUrl: string): string {
  const shared = sharedIssuer(issuerUrl);
  const which = shared ? ` '${issuerUrl}' is ${shared.label}'s shared issuer; its identity claims are ${shared.identityClaims.join(", ")}.` : "";
  return "match: Rules on well-known shared issuers (GitHub Actions, GitLab, Buildkite, Terraform Cloud, Google) must " +
    "constrain tenant identity via an identity-bearing claim, a tenant-pinning subject prefix (such as `repo:YOUR_ORG/...`), " +
    `or a CEL condition referencing one of those identity claims (e.g. \`claims.repository_owner\`).${which}`;
}
