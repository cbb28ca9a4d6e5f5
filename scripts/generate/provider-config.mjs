// The package schema's head: the package, its languages, and the provider's configuration, the same
// settings as stack config `anthropic:*` and as inputs of an explicit Provider (README "Configuration").
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { version } = require("../../package.json");

const federation = {
  type: "object",
  description: "Workload identity federation: the rule to exchange an identity token against, and where the token comes from.",
  properties: {
    ruleId: { type: "string", description: "`fdrl_...`: the rule the identity token is exchanged against." },
    organizationId: { type: "string", description: "The organization's id (Console > Settings > Organization)." },
    serviceAccountId: { type: "string", description: "`svac_...`; the rule's target when omitted." },
    workspaceId: { type: "string", description: "`wrkspc_...` or `default`; needed when the rule is enabled for several workspaces." },
    tokenFile: { type: "string", description: "A file the CI system writes the OIDC token to; read again on every exchange." },
    tokenEnv: { type: "string", description: "The name of an environment variable holding the OIDC token." },
    tokenCommand: { type: "string", description: "A command line whose stdout is a fresh OIDC token, run for every exchange." },
    tokenSource: { type: "string", description: "`github-actions`: a fresh token from the job's own token service for every exchange." },
    tokenAudience: { type: "string", description: "The `aud` to request with `tokenSource`; https://api.anthropic.com unless the rule matches another." },
  },
  required: ["ruleId", "organizationId"],
};

const FEDERATION = "#/types/anthropic:index:Federation";
const ORGANIZATION = "#/types/anthropic:index:Organization";

/** One organization's settings: the same as the top-level ones. */
const settings = {
  adminKey: { type: "string", secret: true, description: "Admin API key (`sk-ant-admin01-...`), sent in `x-api-key`. Env: `ANTHROPIC_ADMIN_KEY`." },
  authToken: {
    type: "string",
    secret: true,
    description: "OAuth access token with `org:admin` (`ant auth login --scope org:admin`). Env: `ANTHROPIC_AUTH_TOKEN`.",
  },
  federation: { $ref: FEDERATION, description: federation.description },
  baseUrl: {
    type: "string",
    description: "API endpoint, default `https://api.anthropic.com`; plain `http://` only to loopback (the emulator). Env: `ANTHROPIC_BASE_URL`.",
  },
  auditLog: {
    type: "string",
    description: "A file that receives one JSON line per HTTP call (never a key). Env: `ANTHROPIC_ADMIN_AUDIT_LOG`.",
  },
};

const variables = {
  ...settings,
  organizations: {
    type: "object",
    additionalProperties: { $ref: ORGANIZATION },
    description: "Named organizations (`organization` on a resource picks one), each with its own settings and nothing from the top level.",
  },
};

export function providerConfigPart() {
  return {
    schema: {
      name: "anthropic",
      displayName: "Anthropic",
      version,
      description: "Manage an Anthropic organization (workspaces, API keys, invites, members, spend and rate limits, usage) with Pulumi.",
      keywords: ["pulumi", "anthropic", "category/utility", "kind/native"],
      license: "Apache-2.0",
      config: { variables },
      provider: { description: "The provider of Anthropic organization resources.", inputProperties: variables },
      types: {
        "anthropic:index:Federation": federation,
        "anthropic:index:Organization": { type: "object", description: "A named organization's settings.", properties: settings },
      },
      language: {
        nodejs: { packageName: "@pulumi-anthropic/anthropic", dependencies: { "@pulumi/pulumi": "^3.259.0" } },
        go: { importBasePath: "github.com/pulumi-anthropic/pulumi-anthropic/sdk/go/anthropic", generateResourceContainerTypes: false },
        python: { packageName: "pulumi_anthropic" },
        csharp: { rootNamespace: "PulumiAnthropic", packageReferences: { Pulumi: "3.*" } },
      },
    },
    files: [],
  };
}
