import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../provider/client/errors";
import { DEFAULT_BASE_URL, validateBaseUrl } from "../../provider/base/base-url";
import { fromNamespacedConfig, resolveAdminConfig } from "../../provider/settings/config";

const config = (values: Record<string, string>) => (key: string) => values[key];

describe("resolveAdminConfig precedence", () => {
  it("takes stack config over the environment for every setting", () => {
    const resolved = resolveAdminConfig(
      config({
        "anthropic:adminKey": "sk-ant-admin01-from-config",
        "anthropic:baseUrl": "https://config.example.com",
        "anthropic:auditLog": "/tmp/config-audit.log",
      }),
      {
        ANTHROPIC_ADMIN_KEY: "sk-ant-admin01-from-env",
        ANTHROPIC_BASE_URL: "https://env.example.com",
        ANTHROPIC_ADMIN_AUDIT_LOG: "/tmp/env-audit.log",
      },
    );
    expect(resolved).toEqual({
      adminKey: "sk-ant-admin01-from-config",
      baseUrl: "https://config.example.com",
      auditLog: "/tmp/config-audit.log",
    });
  });

  it("falls back to the environment per setting, not all or nothing", () => {
    const resolved = resolveAdminConfig(config({ "anthropic:baseUrl": "https://config.example.com" }), {
      ANTHROPIC_ADMIN_KEY: "sk-ant-admin01-from-env",
      ANTHROPIC_BASE_URL: "https://env.example.com",
      ANTHROPIC_ADMIN_AUDIT_LOG: "/tmp/env-audit.log",
    });
    expect(resolved).toEqual({
      adminKey: "sk-ant-admin01-from-env",
      baseUrl: "https://config.example.com",
      auditLog: "/tmp/env-audit.log",
    });
  });

  it("defaults the endpoint to api.anthropic.com and leaves the audit log off", () => {
    const resolved = resolveAdminConfig(undefined, { ANTHROPIC_ADMIN_KEY: "sk-ant-admin01-x" });
    expect(resolved.baseUrl).toBe("https://api.anthropic.com");
    expect(DEFAULT_BASE_URL).toBe("https://api.anthropic.com");
    expect(resolved.auditLog).toBeUndefined();
  });

  it("treats blank values as unset and trims the key", () => {
    const resolved = resolveAdminConfig(config({ "anthropic:adminKey": "   " }), { ANTHROPIC_ADMIN_KEY: "  sk-ant-admin01-env \n" });
    expect(resolved.adminKey).toBe("sk-ant-admin01-env");
  });

  it("explains how to set a missing admin key", () => {
    let thrown: unknown;
    try {
      resolveAdminConfig(config({}), {});
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    const err = thrown as ConfigurationError;
    expect(err.code).toBe("ANTHROPIC_CONFIGURATION");
    expect(err.setting).toBe("anthropic:adminKey");
    expect(err.message).toContain("pulumi config set --secret anthropic:adminKey");
    expect(err.message).toContain("ANTHROPIC_ADMIN_KEY");
  });

  it("adapts a namespaced pulumi.Config-like object", () => {
    const pulumiConfig = { name: "anthropic", get: (k: string) => ({ adminKey: "sk-ant-admin01-ns", baseUrl: undefined })[k] };
    const get = fromNamespacedConfig(pulumiConfig);
    expect(get("anthropic:adminKey")).toBe("sk-ant-admin01-ns");
    expect(get("other:adminKey")).toBeUndefined();
    expect(resolveAdminConfig(get, {}).adminKey).toBe("sk-ant-admin01-ns");
  });
});

describe("base URL safety", () => {
  it.each([
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080"],
    ["http://127.10.0.3:1/", "http://127.10.0.3:1"],
    ["http://localhost:3000/", "http://localhost:3000"],
    ["http://LOCALHOST:3000", "http://localhost:3000"],
    ["http://[::1]:9000", "http://[::1]:9000"],
    ["https://api.anthropic.com/", "https://api.anthropic.com"],
    ["https://proxy.example.com/anthropic/", "https://proxy.example.com/anthropic"],
  ])("accepts %s as %s", (raw, normalized) => {
    expect(validateBaseUrl(raw, "anthropic:baseUrl")).toBe(normalized);
  });

  it.each([
    "http://api.anthropic.com",
    "http://10.0.0.5:8080",
    "http://128.0.0.1",
    "http://localhost.evil.com",
    "http://127.0.0.1.nip.io",
  ])("refuses plain http to %s and names the setting", (raw) => {
    expect(() => validateBaseUrl(raw, "ANTHROPIC_BASE_URL")).toThrowError(/^ANTHROPIC_BASE_URL uses plain http:\/\//);
  });

  it("names the config key when the URL came from stack config", () => {
    expect(() =>
      resolveAdminConfig(config({ "anthropic:adminKey": "k-12345678", "anthropic:baseUrl": "http://example.com" }), {}),
    ).toThrowError(/^anthropic:baseUrl uses plain http/);
  });

  it("names the environment variable when the URL came from the environment", () => {
    expect(() => resolveAdminConfig(undefined, { ANTHROPIC_ADMIN_KEY: "k-12345678", ANTHROPIC_BASE_URL: "http://example.com" })).toThrowError(
      /^ANTHROPIC_BASE_URL uses plain http/,
    );
  });

  it.each([
    ["not a url", /is not a valid URL/],
    ["ftp://example.com", /must be an https:\/\/ URL/],
    ["https://user:pw@example.com", /must not carry credentials/],
    ["https://example.com/?x=1", /must not carry credentials, a query/],
  ])("refuses %s", (raw, message) => {
    expect(() => validateBaseUrl(raw, "anthropic:baseUrl")).toThrowError(message);
  });
});
