import { afterEach, describe, expect, test } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import { AuthenticationError, ConfigurationError } from "../../provider/client/errors";
import { forgetFederatedAccessTokens } from "../../provider/credentials/federated-token";
import { implementation } from "../../provider/dynamic/implementation";
import type { ResourceKind } from "../../provider/base/kinds";
import * as functions from "../../provider/functions";
import { functionClient } from "../../provider/functions/client";
import { collect } from "../../provider/client";
import { rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";
import { newDeployment, requestCount } from "../support/provider";

// Each operation uses the credential its endpoint takes: a stack with only an admin key fails the preview
// of a service account or federation resource (those endpoints refuse admin keys) naming what to set,
// before any request; a person's OAuth token alone manages both kinds; errors name the credential used.

const emu = useEmulator();
afterEach(() => {
  newDeployment();
  forgetFederatedAccessTokens();
  pulumi.runtime.setAllConfig({}, []);
});

async function provider(kind: ResourceKind, config: Record<string, string>): Promise<Required<pulumi.dynamic.ResourceProvider>> {
  const impl = implementation(kind);
  await impl.configure({ config: { get: (key: string) => config[key], require: (key: string) => config[key]! } } as never);
  return impl;
}

const OAUTH_KINDS: Array<[ResourceKind, Record<string, unknown>]> = [
  ["ServiceAccount", { name: "ci-deploy" }],
  ["FederationIssuer", { name: "ci", issuerUrl: "https://token.actions.githubusercontent.com" }],
];

describe("an admin key alone", () => {
  test.each(OAUTH_KINDS)("fails the preview of a %s, naming anthropic:authToken and federation, before any request", async (kind, inputs) => {
    const impl = await provider(kind, { "anthropic:adminKey": emu.adminKey, "anthropic:baseUrl": emu.url });
    const checked = await impl.check({}, inputs);
    expect(checked.failures).toHaveLength(1);
    const reason = checked.failures![0]!.reason;
    expect(reason).toMatch(new RegExp(`^${kind} takes an OAuth access token with the org:admin scope, not an admin key`));
    expect(reason).toContain("`pulumi config set --secret anthropic:authToken <token>` with a token from `ant auth login --scope org:admin`");
    expect(reason).toContain("'anthropic:federation.ruleId'");
    expect(reason).not.toContain(emu.adminKey);
    expect(await requestCount(emu)).toBe(0);
  });

  test("of a named organization: the failure names that organization's settings", async () => {
    const impl = await provider("ServiceAccount", {
      "anthropic:organizations": JSON.stringify({ ci: { adminKey: emu.adminKey, baseUrl: emu.url } }),
    });
    const checked = await impl.check({}, { name: "ci-deploy", organization: "ci" });
    expect(checked.failures).toEqual([{ property: "organization", reason: expect.stringContaining("'anthropic:organizations.ci.authToken'") }]);
  });

  test("nothing configured at all: a ServiceAccount asks for an OAuth credential, a Workspace for the admin key", async () => {
    const saved = process.env.ANTHROPIC_ADMIN_KEY;
    delete process.env.ANTHROPIC_ADMIN_KEY;
    try {
      const config = { "anthropic:baseUrl": emu.url };
      const [account] = (await (await provider("ServiceAccount", config)).check({}, { name: "ci-deploy" })).failures!;
      expect(account!.reason).toMatch(/^ServiceAccount takes an OAuth access token with the org:admin scope/);
      const [workspace] = (await (await provider("Workspace", config)).check({}, { name: "w" })).failures!;
      expect(workspace!.reason).toMatch(/^No Anthropic Admin API key is configured/);
    } finally {
      if (saved !== undefined) process.env.ANTHROPIC_ADMIN_KEY = saved;
    }
  });

  test("still manages workspaces: the kinds whose endpoints take it pass", async () => {
    const impl = await provider("Workspace", { "anthropic:adminKey": emu.adminKey, "anthropic:baseUrl": emu.url });
    expect((await impl.check({}, { name: "ok" })).failures).toEqual([]);
  });

  test("a data function on an OAuth-only endpoint fails before sending, naming the function and what to set", async () => {
    pulumi.runtime.setAllConfig({ "anthropic:adminKey": emu.adminKey, "anthropic:baseUrl": emu.url }, ["anthropic:adminKey"]);
    const err = await rejectionOf(collect(functionClient("getServiceAccounts").listServiceAccounts()));
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(/^getServiceAccounts: listServiceAccounts takes an OAuth access token with the org:admin scope/);
    expect(await requestCount(emu)).toBe(0);
  });
});

describe("a person's OAuth token alone (anthropic:authToken)", () => {
  test("manages a workspace (admin endpoints take it too) and a service account", async () => {
    const config = { "anthropic:authToken": emu.oauthToken, "anthropic:baseUrl": emu.url };
    const workspace = await provider("Workspace", config);
    const account = await provider("ServiceAccount", config);
    const ws = await workspace.create((await workspace.check({}, { name: "by-token" })).inputs);
    const checked = await account.check({}, { name: "ci-deploy" });
    expect(checked.failures).toEqual([]);
    const sa = await account.create(checked.inputs);
    const state = await emu.control.state();
    expect(state.workspaces.map((w) => w.id)).toContain(ws.id);
    expect(state.federation?.serviceAccounts.map((a) => a.id)).toEqual([sa.id]);
    pulumi.runtime.setAllConfig(config, ["anthropic:authToken"]);
    expect((await functions.getWorkspaces()).workspaces.map((w) => w.id)).toContain(ws.id);
  });

  test("refused: the error names the token's setting and how to renew it, never the token or the admin key", async () => {
    const wrong = "sk-ant-oat01-CANARY-expired-token-0000000000";
    const workspace = await provider("Workspace", { "anthropic:authToken": wrong, "anthropic:baseUrl": emu.url });
    const err = await rejectionOf(workspace.create((await workspace.check({}, { name: "nope" })).inputs));
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err.message).toContain("Check the OAuth access token (anthropic:authToken / ANTHROPIC_AUTH_TOKEN): it may have expired or been revoked.");
    expect(err.message).toContain("`ant auth login --scope org:admin`");
    expect(err.message).not.toMatch(/admin key/);
    expect(err.message).not.toContain(wrong);
  });

  test("with an admin key beside it: both are kept, the admin key for admin endpoints, the token for service accounts", async () => {
    const config = { "anthropic:adminKey": emu.adminKey, "anthropic:authToken": emu.oauthToken, "anthropic:baseUrl": emu.url };
    const account = await provider("ServiceAccount", config);
    const sa = await account.create((await account.check({}, { name: "both" })).inputs);
    expect(sa.id).toMatch(/^svac_/);
    // A wrong admin key shows which credential the workspace call used: the admin key, by its hint.
    const workspace = await provider("Workspace", { ...config, "anthropic:adminKey": "sk-ant-admin01-CANARY-wrong" });
    const err = await rejectionOf(workspace.create((await workspace.check({}, { name: "k" })).inputs));
    expect(err.message).toContain("Check the admin key: `pulumi config set --secret anthropic:adminKey <admin key>` or ANTHROPIC_ADMIN_KEY.");
  });
});
