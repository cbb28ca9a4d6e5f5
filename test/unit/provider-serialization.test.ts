import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serializeFunction } from "@pulumi/pulumi/runtime";
import { dynamicProvider, type ResourceKind } from "../../provider/dynamic/shim";
import { canaryAdminKey } from "../support/canary";

// What `dynamic.Resource` writes into the state of every resource as `__provider`.
const kinds: ResourceKind[] = ["Workspace", "ApiKey", "UserInvite", "WorkspaceMember", "OrganizationMember"];
const canary = canaryAdminKey("serialization");

describe("the serialized dynamic provider", () => {
  const saved = process.env.ANTHROPIC_ADMIN_KEY;
  beforeAll(() => {
    process.env.ANTHROPIC_ADMIN_KEY = canary;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.ANTHROPIC_ADMIN_KEY;
    else process.env.ANTHROPIC_ADMIN_KEY = saved;
  });

  test.each(kinds)("%s is small and captures nothing but its kind", async (kind) => {
    const provider = dynamicProvider(kind);
    const { text, containsSecrets } = await serializeFunction(() => provider, { allowSecrets: true });
    console.log(JSON.stringify({ kind, serializedBytes: Buffer.byteLength(text) }));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4096);
    expect(containsSecrets).toBe(false);
    expect(text).not.toContain(canary);
    expect(text).not.toMatch(/sk-ant-/);
    // No client, transport, schema or config code: those are loaded by package name at call time.
    for (const marker of ["undici", "zod", "x-api-key", "anthropic-version", "ANTHROPIC_ADMIN_KEY", "adminKey", "safeParse"]) {
      expect(text).not.toContain(marker);
    }
    expect(text).toContain(`kind: "${kind}"`);
    expect(text).toContain('require("pulumi-anthropic/internal/dynamic")');
  });

  test("the same object is reused per kind, so Pulumi serializes it once", () => {
    expect(dynamicProvider("Workspace")).toBe(dynamicProvider("Workspace"));
    expect(dynamicProvider("Workspace")).not.toBe(dynamicProvider("ApiKey"));
  });
});
