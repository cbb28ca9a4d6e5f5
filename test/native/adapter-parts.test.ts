import { describe, expect, test } from "vitest";
import { detailedDiff } from "../../provider/native/detailed-diff";
import { withNameDefault } from "../../provider/native/declared-inputs";
import { dataFunction } from "../../provider/native/functions";
import { kindOfUrn, typeOfUrn } from "../../provider/native/kinds";
import { markSecrets, secretValue, unwrapSecrets } from "../../provider/native/secret-values";
import { testSchema } from "../support/native-schema";

const urn = (type: string, name = "prod") => `urn:pulumi:dev::p::${type}::${name}`;

describe("the native adapter's translations", () => {
  test("the kind comes from the URN's type, a child's too; an unknown type is refused by name", () => {
    expect(kindOfUrn(urn("anthropic:index:Workspace"))).toBe("Workspace");
    expect(typeOfUrn(urn("my:index:Team$anthropic:index:ApiKey"))).toBe("anthropic:index:ApiKey");
    expect(kindOfUrn(urn("my:index:Team$anthropic:index:ApiKey"))).toBe("ApiKey");
    expect(() => kindOfUrn(urn("anthropic:index:Workspaces"))).toThrow(/no resource type "anthropic:index:Workspaces"; it serves anthropic:index:Workspace, /);
  });

  test("secrets: unwrapped at any depth on the way in, the named outputs marked on the way out", () => {
    expect(unwrapSecrets({ headers: secretValue({ authorization: secretValue("Bearer t") }), list: [secretValue(1)] })).toEqual({
      headers: { authorization: "Bearer t" }, list: [1],
    });
    expect(markSecrets({ key: "sk", name: "n", signingSecret: null }, ["key", "signingSecret"])).toEqual({ key: secretValue("sk"), name: "n", signingSecret: null });
  });

  test("the name defaults to the logical name, as the dynamic classes do, unless set or adopting", async () => {
    const schema = testSchema();
    expect(withNameDefault(schema, "anthropic:index:Workspace", urn("anthropic:index:Workspace"), {})).toEqual({ name: "prod" });
    expect(withNameDefault(schema, "anthropic:index:Workspace", urn("anthropic:index:Workspace"), { adoptId: "wrkspc_1" })).toEqual({ adoptId: "wrkspc_1" });
    expect(withNameDefault(schema, "anthropic:index:ExternalKey", urn("anthropic:index:ExternalKey"), {})).toEqual({ displayName: "prod" });
    expect(withNameDefault(schema, "anthropic:index:UserInvite", urn("anthropic:index:UserInvite"), { email: "a@b.c" })).toEqual({ email: "a@b.c" });
  });

  test("detailed diff: the kind's replaces replace, other declared changes update or delete, internal keys never show", () => {
    const olds = { name: "A", displayColor: "#aabbcc", tags: { t: "1" }, __declared: ["name", "displayColor", "tags"], __owner: "urn:x" };
    expect(detailedDiff({ changes: false }, olds, { name: "B" })).toEqual({});
    expect(detailedDiff({ changes: true, replaces: ["workspaceGeo"] }, olds, { name: "B", displayColor: "#AABBCC", workspaceGeo: "us" })).toEqual({
      name: "UPDATE", workspaceGeo: "ADD_REPLACE", tags: "DELETE",
    });
    // An imported workspace declares its geo; a program that leaves it unset keeps it (the kind's diff
    // does not replace), and a detailed change of a replaceOnChanges input would make the engine replace.
    const imported = { name: "A", workspaceGeo: "us", __declared: ["name", "workspaceGeo"] };
    expect(detailedDiff({ changes: true, replaces: [] }, imported, { name: "B" }, ["workspaceGeo"])).toEqual({ name: "UPDATE" });
  });

  test("every data function is an invoke by its name; the Output forms are not", () => {
    expect(dataFunction("anthropic:index:getWorkspaces")).toBeTypeOf("function");
    expect(dataFunction("anthropic:index:checkSpend")).toBeTypeOf("function");
    expect(dataFunction("anthropic:index:getWorkspacesOutput")).toBeUndefined();
    expect(dataFunction("anthropic:index:Workspace")).toBeUndefined();
  });
});
