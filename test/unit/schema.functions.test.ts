import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import * as anthropic from "../../provider";

// The package schema's functions (written by `npm run generate` from provider/functions/declarations/):
// every data function the package exports, as the native provider will serve it, described field by field.

interface PropertySpec {
  description?: string;
}
interface ObjectSpec {
  type: string;
  properties: Record<string, PropertySpec>;
  required?: string[];
}
interface FunctionSpec {
  description: string;
  inputs: ObjectSpec;
  outputs: ObjectSpec;
}

const schema = JSON.parse(readFileSync(join(__dirname, "../../schema.json"), "utf8")) as { functions: Record<string, FunctionSpec> };

/** The exported data functions: those with an Output form (spendBudget is a program-side check, not an invoke). */
const dataFunctions = Object.keys(anthropic).filter((name) => typeof (anthropic as Record<string, unknown>)[`${name}Output`] === "function");

test("every exported data function is a schema function anthropic:index:<name>, and nothing else is", () => {
  expect(dataFunctions).toContain("getWorkspaces");
  expect(dataFunctions.length).toBe(16);
  expect(Object.keys(schema.functions).sort()).toEqual(dataFunctions.map((name) => `anthropic:index:${name}`).sort());
});

test("each function, and each of its inputs and outputs, has a description; required inputs are the required arguments", () => {
  for (const [token, spec] of Object.entries(schema.functions)) {
    expect(spec.description, token).toBeTruthy();
    for (const side of [spec.inputs, spec.outputs]) {
      expect(side.type, token).toBe("object");
      for (const [name, property] of Object.entries(side.properties)) expect(property.description, `${token} ${name}`).toBeTruthy();
    }
    expect(spec.inputs.properties.organization, token).toBeDefined();
  }
  expect(schema.functions["anthropic:index:getUsage"]!.inputs.required).toEqual(["startingAt"]);
  expect(schema.functions["anthropic:index:checkSpend"]!.inputs.required).toEqual(["thresholdUsd"]);
  expect(schema.functions["anthropic:index:getWorkspaces"]!.inputs.required).toBeUndefined();
  expect(schema.functions["anthropic:index:getOrganization"]!.outputs.required).toEqual(["id", "name"]);
});
