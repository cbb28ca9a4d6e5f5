import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../provider/client/errors";
import { resolveAdminConfig } from "../../provider/settings/config";
import { chooseCredential } from "../../provider/credentials/choice";
import { parseFederationSetting, configPlace } from "../../provider/credentials/federation-setting";
import { MissingCredentialError } from "../../provider/credentials/missing-credential";
import { resolveOrganizationConfig } from "../../provider/settings/organizations";
import { canaryAdminKey } from "../support/canary";
import { thrown } from "../support/thrown";

// Where each kind of credential comes from, which one an operation uses, and what the messages say when
// none fits: the rules README "Configuration: credentials" states.

const ADMIN = canaryAdminKey("credentials");
const TOKEN = "sk-ant-oat01-CANARY-person-token-000000";
const FEDERATION = { ruleId: "fdrl_deploy", organizationId: "org-1", tokenFile: "/run/ci/oidc-token" };
const config = (values: Record<string, unknown>) => (key: string) => {
  const value = values[key];
  return typeof value === "string" || value === undefined ? value : JSON.stringify(value);
};

const failure = (fn: () => unknown) => thrown(ConfigurationError, fn);

describe("the top-level credentials", () => {
  it("an OAuth token alone (config or ANTHROPIC_AUTH_TOKEN) is enough; there is then no admin key", () => {
    expect(resolveAdminConfig(config({ "anthropic:authToken": ` ${TOKEN} ` }), {})).toEqual({
      adminKey: "", authToken: TOKEN, baseUrl: "https://api.anthropic.com", auditLog: undefined,
    });
    expect(resolveAdminConfig(undefined, { ANTHROPIC_AUTH_TOKEN: TOKEN })).toMatchObject({ adminKey: "", authToken: TOKEN });
  });

  it("federation comes from `anthropic:federation` as `config set --path` writes it, or from the SDK's variables", () => {
    expect(resolveAdminConfig(config({ "anthropic:federation": FEDERATION }), {}).federation).toEqual(FEDERATION);
    const env = {
      ANTHROPIC_FEDERATION_RULE_ID: "fdrl_env", ANTHROPIC_ORGANIZATION_ID: "org-2", ANTHROPIC_SERVICE_ACCOUNT_ID: "svac_1",
      ANTHROPIC_WORKSPACE_ID: "wrkspc_1", ANTHROPIC_IDENTITY_TOKEN_FILE: "/tmp/t", ANTHROPIC_IDENTITY_TOKEN: "eyJx.y.z",
    };
    // The file wins over the token itself, as in the SDK.
    expect(resolveAdminConfig(undefined, env).federation).toEqual({
      ruleId: "fdrl_env", organizationId: "org-2", serviceAccountId: "svac_1", workspaceId: "wrkspc_1", tokenFile: "/tmp/t",
    });
    const { ANTHROPIC_IDENTITY_TOKEN_FILE: _file, ...withTokenOnly } = env;
    expect(resolveAdminConfig(undefined, withTokenOnly).federation?.tokenEnv).toBe("ANTHROPIC_IDENTITY_TOKEN");
  });

  it("come from one place: a stack that configures any credential ignores every credential of the environment", () => {
    const env = { ANTHROPIC_ADMIN_KEY: canaryAdminKey("shell"), ANTHROPIC_AUTH_TOKEN: "sk-ant-oat01-shell", ANTHROPIC_FEDERATION_RULE_ID: "fdrl_shell" };
    const resolved = resolveAdminConfig(config({ "anthropic:federation": FEDERATION }), env);
    expect(resolved).toMatchObject({ adminKey: "", federation: FEDERATION });
    expect(resolved.authToken).toBeUndefined();
    // The admin key as before: config over the environment.
    expect(resolveAdminConfig(config({ "anthropic:adminKey": ADMIN }), env)).toMatchObject({ adminKey: ADMIN });
  });

  it("none anywhere: a MissingCredentialError that asks for the admin key (a kind that needs OAuth says so at its check)", () => {
    const err = failure(() => resolveAdminConfig(config({}), {}));
    expect(err).toBeInstanceOf(MissingCredentialError);
    expect(err.message).toBe(
      "No Anthropic Admin API key is configured. Set one with `pulumi config set --secret anthropic:adminKey <admin key>` or the ANTHROPIC_ADMIN_KEY environment variable.",
    );
  });
});

describe("a named organization's credentials", () => {
  it("come from its own entry: authToken and federation, never the top level's", () => {
    const get = config({
      "anthropic:authToken": TOKEN,
      "anthropic:organizations": { ci: { federation: FEDERATION, baseUrl: "http://127.0.0.1:9" }, person: { authToken: TOKEN } },
    });
    expect(resolveOrganizationConfig("ci", get, {})).toEqual({ adminKey: "", federation: FEDERATION, baseUrl: "http://127.0.0.1:9", auditLog: undefined });
    expect(resolveOrganizationConfig("person", get, {})).toMatchObject({ adminKey: "", authToken: TOKEN });
  });

  it("a federation field is checked and named by its path, with the command that sets it", () => {
    const get = config({ "anthropic:organizations": { ci: { federation: { ruleId: "fdrl_x", tokenFile: "/t" } } } });
    const err = failure(() => resolveOrganizationConfig("ci", get, {}));
    expect(err.message).toBe(
      "anthropic:organizations.ci.federation.organizationId is not set: workload identity federation needs the rule and the organization. " +
        "Set it with `pulumi config set --path 'anthropic:organizations.ci.federation.organizationId' <organization id>`.",
    );
    expect(err.setting).toBe("anthropic:organizations.ci.federation.organizationId");
  });
});

describe("the federation setting", () => {
  const place = configPlace("anthropic:federation");
  it("needs exactly one identity token source, and says which are set", () => {
    const cases: Array<[Record<string, string>, string, string]> = [
      [{}, "none is set", "anthropic:federation.tokenCommand"],
      [{ tokenFile: "/a", tokenEnv: "B" }, "tokenFile and tokenEnv are set; keep one", "anthropic:federation.tokenEnv"],
      [{ tokenCommand: "print-token", tokenFile: "/a" }, "tokenFile and tokenCommand are set; keep one", "anthropic:federation.tokenCommand"],
    ];
    for (const [sources, given, setting] of cases) {
      const err = failure(() => parseFederationSetting({ ruleId: "fdrl_1", organizationId: "o", ...sources }, place));
      expect(err.message).toMatch(new RegExp(`^anthropic:federation needs exactly one source for the identity token \\(${given}\\): tokenCommand, `));
      expect(err.message).toContain("`pulumi config set --plaintext --path 'anthropic:federation.tokenCommand' '<command that prints a fresh token>'`");
      expect(err.message).toContain("`pulumi config set --plaintext --path 'anthropic:federation.tokenFile' /path/to/oidc-token`");
      expect(err.message).toContain("`pulumi config set --plaintext --path 'anthropic:federation.tokenEnv' <VARIABLE_NAME>`");
      expect(err.message).toContain("or, in a GitHub Actions job, tokenSource \"github-actions\" (`pulumi config set --plaintext --path 'anthropic:federation.tokenSource' github-actions`)");
      expect(err.setting).toBe(setting);
    }
  });

  it("takes a token command as it is, and refuses one that carries a token itself, without echoing it", () => {
    const command = `curl -sSf -H "Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN" "$ACTIONS_ID_TOKEN_REQUEST_URL&audience=https://api.anthropic.com" | jq -r .value`;
    expect(parseFederationSetting({ ruleId: "fdrl_1", organizationId: "o", tokenCommand: ` ${command} ` }, place))
      .toEqual({ ruleId: "fdrl_1", organizationId: "o", tokenCommand: command });
    for (const inline of ["echo eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", "ANTHROPIC_AUTH_TOKEN=sk-ant-oat01-abc print-token"]) {
      const err = failure(() => parseFederationSetting({ ruleId: "fdrl_1", organizationId: "o", tokenCommand: inline }, place));
      expect(err.message).toMatch(/^anthropic:federation\.tokenCommand must be a command line that prints a fresh identity token, holding no token itself/);
      expect(err.message).not.toContain(inline.split(" ")[1]!);
      expect(err.setting).toBe("anthropic:federation.tokenCommand");
    }
  });

  it("a token command is stack config only: the SDK's variables never make one", () => {
    const env = { ANTHROPIC_FEDERATION_RULE_ID: "fdrl_env", ANTHROPIC_ORGANIZATION_ID: "org-2", ANTHROPIC_IDENTITY_TOKEN_COMMAND: "print-token" };
    const err = failure(() => resolveAdminConfig(undefined, env));
    expect(err.message).toMatch(/^the environment needs exactly one source for the identity token \(none is set\)/);
    expect(err.message).toContain("(stack config only: `pulumi config set --plaintext --path 'anthropic:federation.tokenCommand' ");
    expect(err.setting).toBe("ANTHROPIC_IDENTITY_TOKEN_FILE");
    expect(err.message).toContain("the ANTHROPIC_IDENTITY_TOKEN_FILE environment variable");
  });

  it("refuses unknown fields, ids of the wrong kind and values that are not strings, never echoing a value", () => {
    const jwt = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln";
    expect(failure(() => parseFederationSetting({ ruleId: "fdrl_1", organizationId: "o", tokenFile: "/a", token: jwt }, place)).message).toBe(
      'anthropic:federation has an unknown field "token"; the fields are ruleId, organizationId, serviceAccountId, workspaceId, tokenFile, tokenEnv, tokenCommand, tokenSource, tokenAudience. ' +
        "Remove it with `pulumi config rm --path 'anthropic:federation.token'`.",
    );
    const swapped = failure(() => parseFederationSetting({ ruleId: jwt, organizationId: "o", tokenFile: "/a" }, place));
    expect(swapped.message).toMatch(/^anthropic:federation\.ruleId must be a federation rule id, fdrl_\.\.\./);
    expect(swapped.message).not.toContain(jwt);
    expect(failure(() => parseFederationSetting({ ruleId: "fdrl_1", organizationId: 7, tokenFile: "/a" }, place)).message).toMatch(/organizationId must be a string/);
    expect(failure(() => parseFederationSetting("not json", place)).message).toMatch(/^anthropic:federation must be an object of fields/);
    expect(parseFederationSetting({ ruleId: "fdrl_1", organizationId: "o", workspaceId: "default", tokenEnv: "CI_JOB_JWT", serviceAccountId: " " }, place))
      .toEqual({ ruleId: "fdrl_1", organizationId: "o", workspaceId: "default", tokenEnv: "CI_JOB_JWT" });
  });
});

describe("which credential an operation uses", () => {
  it("the admin key where the endpoint takes it, the OAuth credential where only OAuth will do", () => {
    const both = { adminKey: ADMIN, authToken: TOKEN };
    expect(chooseCredential(both, "any", "createWorkspace")).toBe("adminKey");
    expect(chooseCredential(both, "oauth", "createServiceAccount")).toBe("authToken");
    expect(chooseCredential({ adminKey: "", federation: FEDERATION }, "any", "createWorkspace")).toBe("federation");
  });

  it("an admin key alone cannot do OAuth-only work: the error says what to set, and how", () => {
    const err = chooseCredential({ adminKey: ADMIN }, "oauth", "ServiceAccount") as ConfigurationError;
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(/^ServiceAccount takes an OAuth access token with the org:admin scope, not an admin key/);
    expect(err.message).toContain("`pulumi config set --secret anthropic:authToken <token>` with a token from `ant auth login --scope org:admin`");
    expect(err.message).toContain("`pulumi config set --path 'anthropic:federation.ruleId' fdrl_...`");
    expect(err.message).not.toContain(ADMIN);
    const named = chooseCredential({ adminKey: ADMIN }, "oauth", "FederationRule", "ci") as ConfigurationError;
    expect(named.message).toContain('none is configured for organization "ci"');
    expect(named.message).toContain("`pulumi config set --secret --path 'anthropic:organizations.ci.authToken' <token>`");
  });

  it("an OAuth token and federation both configured: an error once an operation would pick one, not before", () => {
    const both = { adminKey: ADMIN, authToken: TOKEN, federation: FEDERATION };
    expect(chooseCredential(both, "any", "createWorkspace")).toBe("adminKey");
    const err = chooseCredential(both, "oauth", "ServiceAccount") as ConfigurationError;
    expect(err.message).toBe(
      "Both anthropic:authToken and anthropic:federation are configured, and ServiceAccount would have to pick one: " +
        "keep one of them, e.g. `pulumi config rm anthropic:authToken`.",
    );
    expect(chooseCredential({ ...both, adminKey: "" }, "any", "createWorkspace")).toBeInstanceOf(ConfigurationError);
  });
});
