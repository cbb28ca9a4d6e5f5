import { describe, expect, it } from "vitest";
import { scoped } from "../../provider/dynamic/organization-handlers";
import { currentOrganization, inOrganization } from "../../provider/settings/organization-scope";
import { checkInputs } from "../../provider/resources/check";
import { withOrganizationDiff } from "../../provider/resources/diff";
import { PartialResourceError } from "../../provider/resources/outcomes";
import { workspaceInputs } from "../../provider/resources/workspace/schema";

const noChange = { changes: false, replaces: [], deleteBeforeReplace: false };

describe("a change of organization replaces, whatever the kind's own diff says", () => {
  it("moving to or from a named organization replaces, without deleting first", () => {
    expect(withOrganizationDiff(noChange, {}, { organization: "sandbox" }, false)).toEqual({ changes: true, replaces: ["organization"], deleteBeforeReplace: false });
    expect(withOrganizationDiff(noChange, { organization: "sandbox" }, {}, false)).toMatchObject({ replaces: ["organization"] });
    expect(withOrganizationDiff(noChange, { organization: "a" }, { organization: "b" }, false)).toMatchObject({ replaces: ["organization"] });
  });

  it("keeps the kind's replacements and its delete-before-replace", () => {
    const kind = { changes: true, replaces: ["email"], deleteBeforeReplace: true };
    expect(withOrganizationDiff(kind, {}, { organization: "sandbox" }, false)).toEqual({ changes: true, replaces: ["email", "organization"], deleteBeforeReplace: true });
  });

  it("another name of the same organization is an update, keeping the kind's own replacements", () => {
    expect(withOrganizationDiff(noChange, {}, { organization: "prod" }, true)).toEqual({ changes: true, replaces: [], deleteBeforeReplace: false });
    const kind = { changes: true, replaces: ["email"], deleteBeforeReplace: true };
    expect(withOrganizationDiff(kind, { organization: "a" }, { organization: "b" }, true)).toEqual(kind);
  });

  it('unset, null and "default" are the same organization: no change', () => {
    for (const [before, after] of [[undefined, "default"], ["default", undefined], [null, undefined], ["sandbox", "sandbox"]]) {
      expect(withOrganizationDiff(noChange, { organization: before }, { organization: after }, false)).toBe(noChange);
    }
  });
});

describe("checkInputs passes organization through like the internal inputs", () => {
  it("a kind's strict schema never sees it, and create gets it", () => {
    const result = checkInputs("Workspace", workspaceInputs, { name: "Sandbox", organization: "sandbox", __owner: "urn:pulumi:x", __provider: "p" });
    expect(result.failures).toEqual([]);
    expect(result.inputs).toEqual({ name: "Sandbox", organization: "sandbox", __owner: "urn:pulumi:x" });
  });
});

describe("each handler call runs in its resource's organization", () => {
  const probe = async () => ({ organization: currentOrganization() });

  it("from the new inputs (create, check, update), the recorded outputs (read, delete)", async () => {
    expect(await scoped("create", probe)({ organization: "sandbox" })).toMatchObject({ outs: { organization: "sandbox" } });
    let seen: unknown;
    const record = async () => void (seen = { organization: currentOrganization() });
    await scoped("delete", record)("wrkspc_1", { organization: "sandbox" });
    expect(seen).toEqual({ organization: "sandbox" });
    await scoped("delete", record)("wrkspc_1", {});
    expect(seen).toEqual({ organization: undefined });
    await scoped("delete", record)("wrkspc_1", { organization: "default" });
    expect(seen).toEqual({ organization: undefined });
    await scoped("update", record)("wrkspc_1", { organization: "sandbox" }, { organization: "staging" });
    expect(seen).toMatchObject({ organization: "staging" });
    await scoped("check", record)({}, { organization: "other" });
    expect(seen).toMatchObject({ organization: "other" });
  });

  it("concurrent calls of different organizations do not see each other's", async () => {
    const slow = async (ms: number) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return { id: "x", outs: { seen: currentOrganization() } };
    };
    const [a, b] = await Promise.all([
      scoped("create", () => slow(30))({ organization: "a" }),
      scoped("create", () => slow(5))({ organization: "b" }),
    ]);
    expect(a).toEqual({ id: "x", outs: { seen: "a", organization: "a" } });
    expect(b).toEqual({ id: "x", outs: { seen: "b", organization: "b" } });
    expect(inOrganization("c", currentOrganization)).toBe("c");
    expect(currentOrganization()).toBeUndefined();
  });

  it("carries the name into outputs and refreshed inputs, whatever the kind returned", async () => {
    const read = scoped("read", async () => ({ id: "m1", props: { role: "x" }, inputs: { role: "x" } }));
    expect(await read("m1", { organization: "sandbox" })).toEqual({ id: "m1", props: { role: "x", organization: "sandbox" }, inputs: { role: "x", organization: "sandbox" } });
    // A gone object is left gone; a top-level one gets no organization at all (older state reads the same).
    expect(await scoped("read", async () => ({ id: "", props: {} }))("m1", { organization: "sandbox" })).toEqual({ id: "", props: {} });
    expect(await read("m1", {})).toEqual({ id: "m1", props: { role: "x" }, inputs: { role: "x" } });
    const update = scoped("update", async () => ({ outs: { name: "n" } }));
    expect(await update("w", { organization: "sandbox" }, { organization: "sandbox" })).toEqual({ outs: { name: "n", organization: "sandbox" } });
  });

  it("records the organization of a partially created object", async () => {
    const failing = scoped("create", async () => {
      throw new PartialResourceError("wrkspc_1", { name: "n" }, new Error("boom"));
    });
    const err = (await failing({ organization: "sandbox" }).catch((e) => e)) as PartialResourceError;
    expect(err.properties).toEqual({ name: "n", organization: "sandbox" });
  });
});
