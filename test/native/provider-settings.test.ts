import { afterEach, describe, expect, test } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import { givenStackSettings, organizationConfig } from "../../provider/settings/provider-settings";
import { configure, isDefaultProvider, settingsOf } from "../../provider/native/provider-settings";
import { checkProviderInputs } from "../../provider/native/provider-inputs";
import { secretValue } from "../../provider/native/secret-values";
import { testSchema } from "../support/native-schema";

// What the engine's Configure carries, into the settings the handlers and the data functions read.
const DEFAULT = "urn:pulumi:dev::p::pulumi:providers:anthropic::default_0_1_0";
const EXPLICIT = "urn:pulumi:dev::p::pulumi:providers:anthropic::sandbox";

afterEach(() => configure({ urn: DEFAULT, args: {}, variables: {} }));

describe("provider settings from Configure", () => {
  test("the default provider is told from explicit ones by its name", () => {
    expect(isDefaultProvider(DEFAULT)).toBe(true);
    expect(isDefaultProvider("urn:pulumi:dev::p::pulumi:providers:anthropic::default")).toBe(true);
    expect(isDefaultProvider(EXPLICIT)).toBe(false);
    expect(isDefaultProvider("urn:pulumi:dev::p::pulumi:providers:anthropic::defaults-for-ci")).toBe(false);
  });

  test("an explicit provider's inputs, secrets unwrapped and objects as stack config's JSON text, become the top-level settings", () => {
    const organizations = { staging: { adminKey: "sk-ant-admin01-staging", baseUrl: "https://staging.example" } };
    const settings = settingsOf({
      urn: EXPLICIT,
      args: { adminKey: secretValue("sk-ant-admin01-sandbox"), baseUrl: "https://sandbox.example", organizations, version: "0.1.0" },
      variables: {},
    });
    expect(settings).toEqual({
      "anthropic:adminKey": "sk-ant-admin01-sandbox",
      "anthropic:baseUrl": "https://sandbox.example",
      "anthropic:organizations": JSON.stringify(organizations),
    });
  });

  test("the default provider reads the stack's anthropic:* config the engine sends as variables", () => {
    const settings = settingsOf({ urn: DEFAULT, args: {}, variables: { "anthropic:config:adminKey": "sk-ant-admin01-x", "anthropic:config:baseUrl": "https://x.example" } });
    expect(settings).toEqual({ "anthropic:adminKey": "sk-ant-admin01-x", "anthropic:baseUrl": "https://x.example" });
  });

  test("configure makes them what resources and functions use; only the default provider's count as the stack's", () => {
    configure({ urn: EXPLICIT, args: { adminKey: "sk-ant-admin01-sandbox", baseUrl: "https://sandbox.example" }, variables: {} });
    expect(organizationConfig(undefined)).toMatchObject({ adminKey: "sk-ant-admin01-sandbox", baseUrl: "https://sandbox.example" });
    expect(pulumi.runtime.getConfig("anthropic:baseUrl")).toBe("https://sandbox.example");
    // No comparison with the stack's config file on refresh: these settings are not in it.
    expect(givenStackSettings()).toBeUndefined();
    configure({ urn: DEFAULT, args: {}, variables: { "anthropic:config:adminKey": "sk-ant-admin01-x", "anthropic:config:baseUrl": "https://x.example" } });
    expect(organizationConfig(undefined)).toMatchObject({ adminKey: "sk-ant-admin01-x", baseUrl: "https://x.example" });
    expect(givenStackSettings()?.("anthropic:baseUrl")).toBe("https://x.example");
  });

  test("CheckConfig refuses a setting the schema does not declare, and one of the wrong type, naming it but not its value", async () => {
    const schema = testSchema();
    const failures = checkProviderInputs(schema, { adminkey: "sk-ant-admin01-typo", baseUrl: 42, organizations: "prod", version: "0.1.0" });
    expect(failures.map((f) => f.property)).toEqual(["adminkey", "baseUrl", "organizations"]);
    expect(failures[0]!.reason).toMatch(/no setting "adminkey"; its settings are adminKey, authToken/);
    expect(JSON.stringify(failures)).not.toContain("sk-ant-admin01-typo");
    expect(checkProviderInputs(schema, { adminKey: "k", baseUrl: "https://x.example", organizations: {} })).toEqual([]);
    // The default provider's object settings come from stack config as JSON text.
    expect(checkProviderInputs(schema, { organizations: '{"prod":{"adminKey":"k"}}' })).toEqual([]);
    expect(checkProviderInputs(schema, { organizations: "[1]" }).map((f) => f.property)).toEqual(["organizations"]);
  });
});
