import { describe, expect, it } from "vitest";
import { z } from "zod";
import { UNKNOWN, checkInputs, forEngine } from "../../provider/resources/check";
import { workspaceInputs } from "../../provider/resources/workspace/schema";
import { HIDDEN } from "../../provider/base/validation";
import { canaryAdminKey, canaryText } from "../support/canary";

// The engine prints each failure as `property <p> value <inputs[p]> has a problem: <reason>`, looking
// `p` up among the top-level inputs only; these pin the form that makes that line right.

describe("checkInputs failures, in the form the engine prints", () => {
  it("puts a nested problem on its top-level property, naming the full path, the value and the fix", () => {
    const { failures } = checkInputs("Workspace", workspaceInputs, { name: "Production", spendLimit: { monthlyUsd: -5 }, __provider: "p" });
    expect(failures).toEqual([{ property: "spendLimit", reason: "spendLimit.monthlyUsd: must not be negative (got -5)" }]);
  });

  it("reports every bad input of a resource at once", () => {
    const { failures } = checkInputs("Workspace", workspaceInputs, {
      name: "",
      displayColor: "purple",
      spendLimit: { monthlyUsd: -5 },
      rateLimits: { rpm: 10 },
    });
    expect(failures.map((f) => f.property)).toEqual(["name", "displayColor", "spendLimit", "rateLimits"]);
    expect(failures.find((f) => f.property === "displayColor")?.reason).toBe('must be a hex color like "#6C5BB9" (got "purple")');
    expect(failures.find((f) => f.property === "rateLimits")?.reason).toBe("rateLimits.rpm: unknown property; remove it or check its spelling");
  });

  it("does not name an input that could hold a secret, so the engine cannot print its value", () => {
    const adminKey = canaryAdminKey("check");
    const { failures } = checkInputs("Workspace", workspaceInputs, { name: adminKey, tags: { owner: adminKey, "": "x" } });
    expect(failures).toEqual([
      { property: "", reason: `name: must be at most 40 characters ${HIDDEN}` },
      { property: "", reason: 'tags[""]: tag keys must not be empty' },
    ]);
    expect(JSON.stringify(failures)).not.toContain(adminKey);
  });

  it("does not name an input called key, whatever its value", () => {
    const schema = z.strictObject({ key: z.string().min(40, { error: "must be a whole API key" }) });
    const { failures } = checkInputs("Workspace", schema, { key: "abc" });
    expect(failures).toEqual([{ property: "", reason: `key: must be a whole API key ${HIDDEN}` }]);
  });

  it("leaves out values the engine does not know yet, but not unknown properties", () => {
    const { failures } = checkInputs("Workspace", workspaceInputs, { name: UNKNOWN, spendLimit: { monthlyUsd: UNKNOWN }, colour: "red" });
    expect(failures).toEqual([{ property: "colour", reason: "unknown property; remove it or check its spelling" }]);
  });
});

describe("forEngine", () => {
  it("keeps failures that are safe to print as they are", () => {
    const failures = [{ property: "expiresAt", reason: "2020-01-01T00:00:00Z is not in the future" }, { property: "", reason: "whole" }];
    expect(forEngine("ApiKey", failures, { expiresAt: "2020-01-01T00:00:00Z" })).toEqual(failures);
  });

  it("moves a failure on a secret input off the property, and masks keys in any reason", () => {
    const adminKey = canaryAdminKey("engine");
    const failures = forEngine(
      "ApiKey",
      [
        { property: "key", reason: "the value given does not match API key apikey_1" },
        { property: "name", reason: `${adminKey} is not a name` },
      ],
      { key: adminKey, name: "fine" },
    );
    expect(failures).toEqual([
      { property: "", reason: "key: the value given does not match API key apikey_1" },
      { property: "name", reason: "[REDACTED] is not a name" },
    ]);
  });

  it("moves a failure on a declared secret input off the property, and masks its values wherever a reason quotes them", () => {
    const d = canaryText("d");
    const jwks = { type: "inline", keys: [{ kty: "RSA", n: "AQAB", d }] };
    const failures = forEngine(
      "FederationIssuer",
      [
        { property: "jwks", reason: "jwks.keys[0]: holds private key material (d)" },
        { property: "name", reason: `${d} was given for the wrong input` },
      ],
      { name: "ci", jwks },
    );
    expect(failures).toEqual([
      { property: "", reason: "jwks: jwks.keys[0]: holds private key material (d)" },
      { property: "name", reason: "[REDACTED] was given for the wrong input" },
    ]);
  });
});
