import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serializeFunction } from "@pulumi/pulumi/runtime";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dynamicProvider } from "../../provider/resources/shim";
import { moduleOf, RESOURCE_KINDS } from "../../provider/base/kinds";
import { canaryAdminKey } from "../support/canary";
import { installPackageInto } from "../../scripts/install-package.cjs";

// What `dynamic.Resource` writes into the state of every resource as `__provider`.
const kinds = RESOURCE_KINDS;
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

describe("the serialized dynamic provider in a project where npm installed the package", () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), "pulumi-anthropic-serialize-"));
    installPackageInto(project);
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  const modules = Object.fromEntries(kinds.map((kind) => [kind, moduleOf(kind)]));

  test("is a require of the kind's module, at most 600 bytes, capturing nothing", () => {
    const script = `
      const { serializeFunction } = require("@pulumi/pulumi/runtime");
      (async () => {
        const out = {};
        for (const [kind, file] of Object.entries(${JSON.stringify(modules)})) {
          const provider = require("pulumi-anthropic/internal/dynamic/" + file);
          out[kind] = (await serializeFunction(() => provider, { allowSecrets: true })).text;
        }
        console.log(JSON.stringify(out));
      })();`;
    const texts: Record<string, string> = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: project, encoding: "utf8" }));
    for (const kind of kinds) {
      const text = texts[kind]!;
      console.log(JSON.stringify({ kind, installedSerializedBytes: Buffer.byteLength(text) }));
      expect(text).toContain(`require("pulumi-anthropic/internal/dynamic/${modules[kind]}")`);
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(600);
      // Loaded the way the engine's dynamic provider host loads it, it is the kind's working provider.
      const loaded = execFileSync(process.execPath, ["-e", `
        const p = require("require-from-string")(${JSON.stringify(text)}).handler();
        console.log(["configure","check","diff","create","read","update","delete"].every((m) => typeof p[m] === "function"));`], { cwd: project, encoding: "utf8" });
      expect(loaded.trim()).toBe("true");
    }
  });
});
