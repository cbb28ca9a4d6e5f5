import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { machineNetworkEnv } from "../../scripts/child-env.cjs";

// Tests and scripts that spawn a child with an environment rebuilt from scratch spread this into it: a
// fresh machine's cold npm cache sends npm to the registry, through the machine's CA and proxy settings.
describe("machineNetworkEnv", () => {
  const home = mkdtempSync(join(tmpdir(), "child-env-"));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  test("passes CA, proxy and npm network settings through, and nothing else", () => {
    const env = {
      NODE_EXTRA_CA_CERTS: "/etc/ca.pem", SSL_CERT_FILE: "/etc/ssl/cert.pem", SSL_CERT_DIR: "/etc/ssl/certs",
      HTTPS_PROXY: "http://proxy:3128", no_proxy: "localhost", npm_config_cafile: "/etc/npm-ca.pem",
      NPM_CONFIG_REGISTRY: "https://registry.example/", "npm_config_strict-ssl": "true", npm_config_cache: "/var/npm",
      npm_config_userconfig: "/etc/npmrc",
      // npm exports these inside `npm test`: a child's npm would install into this checkout.
      npm_config_local_prefix: "/work/repo", npm_config_prefix: "/usr/local", npm_lifecycle_event: "test",
      ANTHROPIC_ADMIN_KEY: "sk-ant-admin01-not-network", PULUMI_HOME: "/root/.pulumi",
    };
    expect(machineNetworkEnv(env)).toEqual({
      NODE_EXTRA_CA_CERTS: "/etc/ca.pem", SSL_CERT_FILE: "/etc/ssl/cert.pem", SSL_CERT_DIR: "/etc/ssl/certs",
      HTTPS_PROXY: "http://proxy:3128", no_proxy: "localhost", npm_config_cafile: "/etc/npm-ca.pem",
      NPM_CONFIG_REGISTRY: "https://registry.example/", "npm_config_strict-ssl": "true", npm_config_cache: "/var/npm",
      npm_config_userconfig: "/etc/npmrc",
    });
  });

  test("names the user's .npmrc, which a child with a HOME of its own would not find", () => {
    const saved = process.env.HOME;
    process.env.HOME = home;
    try {
      expect(machineNetworkEnv({})).toEqual({});
      writeFileSync(join(home, ".npmrc"), "cafile=/etc/npm-ca.pem\n");
      expect(machineNetworkEnv({})).toEqual({ npm_config_userconfig: join(home, ".npmrc") });
    } finally {
      process.env.HOME = saved;
    }
  });
});
