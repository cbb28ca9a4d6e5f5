import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../provider/client/errors";
import { SETTINGS } from "../../provider/base/setting-names";
import {
  ORGANIZATION_SETTINGS,
  namedOrganization,
  organizationNameProblem,
  parseOrganizations,
  resolveOrganizationConfig,
} from "../../provider/settings/organizations";
import { canaryAdminKey } from "../support/canary";
import { thrown } from "../support/thrown";

const SANDBOX_KEY = canaryAdminKey("sandbox");
const TOP_KEY = canaryAdminKey("top");

/** Stack config as the engine and the language host hand it over: the organizations as one JSON string. */
function config(organizations: unknown, top: Record<string, string> = {}) {
  const values: Record<string, string> = { ...top };
  if (organizations !== undefined) values["anthropic:organizations"] = typeof organizations === "string" ? organizations : JSON.stringify(organizations);
  return (key: string) => values[key];
}

const failure = (fn: () => unknown) => thrown(ConfigurationError, fn);

const ENV_WITH_KEYS = { ANTHROPIC_ADMIN_KEY: TOP_KEY, ANTHROPIC_BASE_URL: "https://env.example.com", ANTHROPIC_ADMIN_AUDIT_LOG: "/tmp/env-audit.log" };

describe("a named organization's settings", () => {
  it("come from its own entry: admin key, endpoint and audit log", () => {
    const get = config({ sandbox: { adminKey: ` ${SANDBOX_KEY} `, baseUrl: "http://127.0.0.1:8080/", auditLog: "/tmp/sandbox.log" } });
    expect(resolveOrganizationConfig("sandbox", get, {})).toEqual({ adminKey: SANDBOX_KEY, baseUrl: "http://127.0.0.1:8080", auditLog: "/tmp/sandbox.log" });
  });

  it("never take the key or the endpoint from the top-level settings or the environment; the endpoint defaults to api.anthropic.com", () => {
    const get = config({ sandbox: { adminKey: SANDBOX_KEY } }, { "anthropic:adminKey": TOP_KEY, "anthropic:baseUrl": "https://top.example.com" });
    const resolved = resolveOrganizationConfig("sandbox", get, ENV_WITH_KEYS);
    expect(resolved.adminKey).toBe(SANDBOX_KEY);
    expect(resolved.baseUrl).toBe("https://api.anthropic.com");
  });

  it("share the top-level audit log (config, then environment) unless they name their own", () => {
    const get = config({ sandbox: { adminKey: SANDBOX_KEY } }, { "anthropic:auditLog": "/tmp/top.log" });
    expect(resolveOrganizationConfig("sandbox", get, ENV_WITH_KEYS).auditLog).toBe("/tmp/top.log");
    expect(resolveOrganizationConfig("sandbox", config({ sandbox: { adminKey: SANDBOX_KEY } }), ENV_WITH_KEYS).auditLog).toBe("/tmp/env-audit.log");
  });

  it("leave the top-level organization as it was: unset and \"default\" resolve the top-level settings, environment included", () => {
    const get = config({ sandbox: { adminKey: SANDBOX_KEY } });
    for (const name of [undefined, "default"]) {
      expect(resolveOrganizationConfig(name, get, ENV_WITH_KEYS)).toEqual({
        adminKey: TOP_KEY,
        baseUrl: "https://env.example.com",
        auditLog: "/tmp/env-audit.log",
      });
    }
  });

  it("accept the setting as an object too (a host that hands over structured config)", () => {
    expect(parseOrganizations({ sandbox: { adminKey: SANDBOX_KEY } })).toEqual({ sandbox: { adminKey: SANDBOX_KEY } });
    expect(parseOrganizations(undefined)).toEqual({});
  });

  it("cover every top-level setting, so a new one is decided on for named organizations too", () => {
    expect([...ORGANIZATION_SETTINGS].sort()).toEqual(Object.keys(SETTINGS).sort());
  });
});

describe("configuration errors name the organization and the exact fix, never a value", () => {
  it("an organization that is not configured lists the configured ones and the commands that add it", () => {
    const err = failure(() => resolveOrganizationConfig("staging", config({ sandbox: { adminKey: SANDBOX_KEY } }), ENV_WITH_KEYS));
    expect(err.message).toBe(
      'Organization "staging" is not configured in this stack. Configured: "sandbox". Add it with ' +
        "`pulumi config set --secret --path 'anthropic:organizations.staging.adminKey' <admin key>`, and " +
        "`pulumi config set --path 'anthropic:organizations.staging.baseUrl' <url>` unless it is https://api.anthropic.com.",
    );
    expect(err.setting).toBe("anthropic:organizations.staging.adminKey");
  });

  it("without any organizations configured, says so", () => {
    expect(failure(() => resolveOrganizationConfig("sandbox", config(undefined), ENV_WITH_KEYS)).message).toMatch(
      /^Organization "sandbox" is not configured in this stack\. None is configured\. Add it with `pulumi config set --secret --path 'anthropic:organizations\.sandbox\.adminKey' <admin key>`/,
    );
  });

  it("a named organization without an admin key (blank counts) does not borrow one", () => {
    for (const entry of [{ baseUrl: "http://127.0.0.1:1" }, { adminKey: "  " }]) {
      const err = failure(() => resolveOrganizationConfig("sandbox", config({ sandbox: entry }, { "anthropic:adminKey": TOP_KEY }), ENV_WITH_KEYS));
      expect(err.message).toBe(
        'Organization "sandbox" has no admin key. Set it with ' +
          "`pulumi config set --secret --path 'anthropic:organizations.sandbox.adminKey' <admin key>` " +
          "(or, for an OAuth credential instead, `pulumi config set --secret --path 'anthropic:organizations.sandbox.authToken' <token>` " +
          "or `pulumi config set --path 'anthropic:organizations.sandbox.federation.ruleId' fdrl_...` and its other fields; " +
          "named organizations take nothing from the top-level settings or the environment).",
      );
    }
  });

  it("a bad endpoint names the setting, the reason and the command; a key pasted there is not echoed", () => {
    const plain = failure(() => resolveOrganizationConfig("sandbox", config({ sandbox: { adminKey: SANDBOX_KEY, baseUrl: "http://example.com" } })));
    expect(plain.message).toMatch(/^Organization "sandbox": anthropic:organizations\.sandbox\.baseUrl uses plain http:\/\/ to example\.com/);
    expect(plain.message).toMatch(/Fix it with `pulumi config set --path 'anthropic:organizations\.sandbox\.baseUrl' https:\/\/\.\.\.`\.$/);
    expect(plain.setting).toBe("anthropic:organizations.sandbox.baseUrl");
    const pasted = failure(() => resolveOrganizationConfig("sandbox", config({ sandbox: { adminKey: SANDBOX_KEY, baseUrl: SANDBOX_KEY } })));
    expect(pasted.message).toMatch(/anthropic:organizations\.sandbox\.baseUrl is not a valid URL/);
    expect(pasted.message).not.toContain(SANDBOX_KEY);
  });

  it("an unknown setting (a typo) is named with the command that removes it", () => {
    const err = failure(() => resolveOrganizationConfig("sandbox", config({ sandbox: { adminkey: SANDBOX_KEY } })));
    expect(err.message).toBe(
      'Organization "sandbox" has an unknown setting "adminkey"; the settings are adminKey, authToken, federation, baseUrl, auditLog. ' +
        "Remove it with `pulumi config rm --path 'anthropic:organizations.sandbox.adminkey'`.",
    );
    expect(err.message).not.toContain(SANDBOX_KEY);
  });

  it("a setting that is not a string, an entry or a whole value that is not an object, each say how to set it", () => {
    expect(failure(() => resolveOrganizationConfig("sandbox", config({ sandbox: { adminKey: 42 } }))).message).toBe(
      "anthropic:organizations.sandbox.adminKey must be a string; set it with `pulumi config set --secret --path 'anthropic:organizations.sandbox.adminKey' <value>`.",
    );
    expect(failure(() => resolveOrganizationConfig("sandbox", config({ sandbox: SANDBOX_KEY }))).message).toMatch(
      /^anthropic:organizations\.sandbox must be an object of settings; set them one by one with `pulumi config set --secret --path/,
    );
    for (const raw of [SANDBOX_KEY, "[1]", "{not json"]) {
      const err = failure(() => resolveOrganizationConfig("sandbox", config(raw)));
      expect(err.message).toMatch(/^anthropic:organizations must be an object of organizations\. Remove it with `pulumi config rm anthropic:organizations`/);
      expect(err.message).not.toContain(SANDBOX_KEY);
    }
  });
});

describe("organization names", () => {
  it("are one segment of a config path", () => {
    for (const name of ["sandbox", "prod-eu", "team_2", "A1"]) expect(organizationNameProblem(name)).toBeUndefined();
    for (const name of ["", "a.b", "-x", "a b", "x".repeat(64), "sandbox["]) expect(organizationNameProblem(name)).toMatch(/must be letters, digits/);
    expect(organizationNameProblem(42)).toBe('must be the name of an organization in stack config, like "sandbox"');
  });

  it('"default" and unset are the top-level organization', () => {
    expect(namedOrganization(undefined)).toBeUndefined();
    expect(namedOrganization(null)).toBeUndefined();
    expect(namedOrganization("default")).toBeUndefined();
    expect(namedOrganization("sandbox")).toBe("sandbox");
  });
});
