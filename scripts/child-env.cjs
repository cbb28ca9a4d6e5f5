// What a child process given an environment rebuilt from scratch (a test's own HOME, PULUMI_HOME,
// backend) must still inherit from the machine: how it reaches the network. Without these, npm on a
// machine behind a TLS-inspecting proxy fails with SELF_SIGNED_CERT_IN_CHAIN as soon as its cache lacks a
// package's metadata, and any download goes around the machine's proxy. Used by every test and script
// that spawns with such an environment.
"use strict";
const { existsSync } = require("node:fs");
const { homedir } = require("node:os");
const { join } = require("node:path");

// Certificate authorities and proxies, as Node, OpenSSL-based tools and npm read them.
const NETWORK_VARIABLES = [
  "NODE_EXTRA_CA_CERTS", "NODE_TLS_REJECT_UNAUTHORIZED", "NODE_USE_ENV_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR",
  "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "no_proxy", "all_proxy",
];

// npm's own settings for where packages come from and how it gets there (npm_config_<name>, any case). Not
// all of npm_config_*: inside `npm test` npm also exports its prefixes, which would point a child's npm at
// this checkout.
const NPM_NETWORK_SETTINGS = new Set([
  "registry", "cafile", "ca", "cert", "key", "strict_ssl", "proxy", "https_proxy", "noproxy", "userconfig",
  "globalconfig", "cache", "offline", "prefer_offline", "prefer_online", "maxsockets", "fetch_retries",
  "fetch_retry_factor", "fetch_retry_mintimeout", "fetch_retry_maxtimeout", "fetch_timeout", "local_address",
]);

/** The machine's network and CA settings found in `env`, to spread into a rebuilt child environment. */
exports.machineNetworkEnv = function machineNetworkEnv(env = process.env) {
  const out = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const npm = /^npm_config_(.+)$/i.exec(name);
    if (NETWORK_VARIABLES.includes(name) || (npm && NPM_NETWORK_SETTINGS.has(npm[1].toLowerCase().replace(/-/g, "_")))) out[name] = value;
  }
  // npm finds the user's .npmrc (registry, cafile, tokens) under HOME; a child with a HOME of its own
  // would lose it, so it is named explicitly unless the environment already does.
  const userconfig = join(homedir(), ".npmrc");
  if (!Object.keys(out).some((name) => /^npm_config_userconfig$/i.test(name)) && existsSync(userconfig)) out.npm_config_userconfig = userconfig;
  return out;
};
