import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parseDeveloperAccessArgs } from "../../provider/components/developer-access-args";

// The DeveloperAccess entry `npm run generate` writes into schema.json (from
// components/developer-access-declaration.ts): the native plugin constructs the component only when the
// schema declares it, and returns exactly the outputs it lists, keeping the secret ones secret.
const schema = JSON.parse(readFileSync(join(__dirname, "../../schema.json"), "utf8"));
const component = schema.resources["anthropic:index:DeveloperAccess"];

test("schema.json declares DeveloperAccess as a component with the outputs it registers, the key secret", () => {
  expect(component?.isComponent).toBe(true);
  expect(Object.keys(component.properties).sort()).toEqual(["inviteId", "key", "status", "userId", "workspaceMemberIds"]);
  const secret = Object.entries(component.properties).filter(([, spec]) => (spec as { secret?: boolean }).secret).map(([name]) => name);
  expect(secret).toEqual(["key"]);
  expect(component.required.sort()).toEqual(["inviteId", "status", "workspaceMemberIds"]);
});

test("its inputs are the arguments the component checks, each described; only email is required", () => {
  expect(Object.keys(component.inputProperties)).toEqual(["email", "role", "workspaces", "apiKey", "revokeKeysOnDelete", "organization"]);
  expect(component.requiredInputs).toEqual(["email"]);
  // What the schema leaves optional, the component's check takes missing.
  expect(parseDeveloperAccessArgs("dev", { email: "alice@example.com" }).role).toBe("developer");
  expect(() => parseDeveloperAccessArgs("dev", {})).toThrow(/email/);
  const specs = [
    ...Object.values(component.inputProperties),
    ...Object.values(schema.types["anthropic:index:DeveloperWorkspaceAccess"].properties),
    ...Object.values(schema.types["anthropic:index:DeveloperServiceKey"].properties),
  ] as Array<{ description?: string }>;
  for (const spec of specs) expect(spec.description?.length).toBeGreaterThan(20);
  expect(component.inputProperties.workspaces.items.$ref).toBe("#/types/anthropic:index:DeveloperWorkspaceAccess");
  expect(component.inputProperties.apiKey.$ref).toBe("#/types/anthropic:index:DeveloperServiceKey");
  expect(schema.types["anthropic:index:DeveloperServiceKey"].required).toEqual(["workspaceId"]);
});
