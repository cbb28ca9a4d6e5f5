import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { dynamicProvider } from "../../provider/resources/shim";
import { isResourceKind, kindOfModule, kindOfToken, moduleOf, RESOURCE_KINDS, typeToken } from "../../provider/base/kinds";
import { handlersOf } from "../../provider/resources/handlers-of";
import { buildIfStale } from "./typings/build";

// The kind registry (provider/base/kinds.ts) is the one list of kinds: what follows from it must cover
// exactly its kinds, the module files that states store included.
const repo = join(__dirname, "../..");

describe("the kind registry", () => {
  test.each(RESOURCE_KINDS)("%s: its handlers load from resources/<module>/operations, with the six methods the engine calls", async (kind) => {
    const handlers = await handlersOf(kind);
    for (const method of ["check", "diff", "create", "read", "update", "delete"] as const) expect(typeof handlers[method]).toBe("function");
    // The very object the kind's operations.ts exports (not a copy).
    const operations: Record<string, unknown> = await import(`../../provider/resources/${moduleOf(kind)}/operations`);
    expect(Object.values(operations)).toContain(handlers);
  });

  test("each kind has its module file, which the package exports as the kind's provider, and no file is the module of no kind", () => {
    buildIfStale();
    const files = readdirSync(join(repo, "provider/dynamic/kinds")).filter((file) => file.endsWith(".ts")).map((file) => file.slice(0, -3));
    expect(files.sort()).toEqual(RESOURCE_KINDS.map(moduleOf).sort());
    for (const kind of RESOURCE_KINDS) {
      expect(kindOfModule(moduleOf(kind))).toBe(kind);
      expect(existsSync(join(repo, "provider/resources", moduleOf(kind), "operations.ts"))).toBe(true);
      // The module a state stores resolves to the provider object of that same kind.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      expect(require(`pulumi-anthropic/internal/dynamic/${moduleOf(kind)}`)).toBe(dynamicProvider(kind));
    }
  });

  test("type tokens: anthropic:index:<Kind> names the kind, anything else no kind", () => {
    for (const kind of RESOURCE_KINDS) expect(kindOfToken(typeToken(kind))).toBe(kind);
    expect(typeToken("ApiKey")).toBe("anthropic:index:ApiKey");
    for (const token of ["anthropic:index:Nothing", "anthropic:index:toString", "pulumi-nodejs:dynamic/anthropic:Workspace", "anthropic:Workspace", ""]) {
      expect(kindOfToken(token)).toBeUndefined();
    }
    expect(isResourceKind("constructor")).toBe(false);
    expect(kindOfModule("nothing")).toBeUndefined();
  });
});
