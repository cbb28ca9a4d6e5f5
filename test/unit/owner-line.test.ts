import { describe, expect, test } from "vitest";
import { ownerLineOf, ownerTagValue, withOwnerLine, withoutOwnerLine } from "../../provider/resources/owner";
import { createBody, outputsFromWire, updateBody } from "../../provider/resources/service-account/plan";

// The owner line that lets a repeated create of a ServiceAccount or FederationRule recognise its own
// leftover (see provider/resources/owner.ts): written on create and update, never shown in outputs.
const URN = "urn:pulumi:dev::proj::pulumi-nodejs:dynamic/anthropic:ServiceAccount::ci";

describe("the owner line of a description", () => {
  test("goes on a last line of its own, and reads back as the owner and the description as written", () => {
    const marked = withOwnerLine("Deploys from CI", URN)!;
    expect(marked).toBe(`Deploys from CI\n\npulumi-resource: ${URN}`);
    expect(ownerLineOf(marked)).toBe(URN);
    expect(withoutOwnerLine(marked)).toBe("Deploys from CI");
    // No declared description: the line alone, which reads back as an empty description.
    expect(withOwnerLine(undefined, URN)).toBe(`pulumi-resource: ${URN}`);
    expect(withoutOwnerLine(`pulumi-resource: ${URN}`)).toBe("");
    expect([ownerLineOf("made in the Console"), ownerLineOf(null), withoutOwnerLine(null)]).toEqual([undefined, undefined, ""]);
  });

  test("a long URN is carried as its digest; a description with no room for the line is sent unmarked", () => {
    const long = `${URN}${"x".repeat(300)}`;
    expect(ownerLineOf(withOwnerLine("d", long))).toBe(ownerTagValue(long));
    expect(ownerTagValue(long)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const full = "y".repeat(1000);
    expect(withOwnerLine(full, URN)).toBe(full);
    expect(withOwnerLine("kept", undefined)).toBe("kept");
  });

  test("a service account sends it on create and on a description update, and its outputs never show it", () => {
    const inputs = { name: "ci", description: "Deploys", __owner: URN } as never;
    expect(createBody(inputs)).toEqual({ name: "ci", description: `Deploys\n\npulumi-resource: ${URN}` });
    const live = { id: "svac_1", type: "service_account", name: "ci", description: `Old\n\npulumi-resource: ${URN}`, organization_role: "developer" } as never;
    const current = outputsFromWire({}, live);
    expect(current.description).toBe("Old");
    expect(updateBody(current, inputs)).toEqual({ description: `Deploys\n\npulumi-resource: ${URN}` });
    expect(updateBody({ ...current, description: "Deploys" }, inputs)).toBeUndefined();
  });
});
