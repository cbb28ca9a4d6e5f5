import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { cyclesOf, type Import, importsOf, roomOf } from "../support/import-graph";

// Imports point down (CONTRIBUTING.md, "Layers"): no import cycle, type-only ones included, and no import
// from a layer up to a higher one but those named in ALLOWED_UPWARD, each with its reason.

const repo = resolve(__dirname, "../..");
const imports = importsOf(repo, ["provider", "emulator"]);

/** The provider's layers, bottom first: a file may import its own layer and those below it. */
const PROVIDER_LAYERS: ReadonlyArray<{ name: string; rooms: ReadonlyArray<string> }> = [
  { name: "leaf helpers", rooms: ["provider/base/"] },
  { name: "wire client", rooms: ["provider/client/"] },
  { name: "credentials", rooms: ["provider/credentials/"] },
  { name: "settings", rooms: ["provider/settings/"] },
  { name: "resources and functions", rooms: ["provider/resources/", "provider/functions/"] },
  { name: "entry points", rooms: ["provider/dynamic/", "provider/components/", "provider/index.ts"] },
  { name: "native provider", rooms: ["provider/native/"] },
];

/** Imports that point up on purpose (at most 2), each named in CONTRIBUTING.md with its reason. */
const ALLOWED_UPWARD: ReadonlyArray<Import & { why: string }> = [];

const layerOf = (file: string) => PROVIDER_LAYERS.findIndex((layer) => layer.rooms.includes(roomOf(file, "provider")));
const roomImports = (top: string) =>
  imports
    .filter(({ from, to }) => from.startsWith(`${top}/`) && to.startsWith(`${top}/`))
    .map(({ from, to }) => ({ from: roomOf(from, top), to: roomOf(to, top) }))
    .filter(({ from, to }) => from !== to);

describe("the import graph", () => {
  test("is read whole: type-only imports and re-exports count", () => {
    // client/request.ts takes only types from client/credential.ts; client/index.ts re-exports client/errors.ts.
    expect(imports).toContainEqual({ from: "provider/client/request.ts", to: "provider/client/credential.ts" });
    expect(imports).toContainEqual({ from: "provider/client/index.ts", to: "provider/client/errors.ts" });
    expect(imports.filter(({ from }) => from.startsWith("emulator/")).length).toBeGreaterThan(100);
  });

  test("finds a loop and names its files in order", () => {
    const loop = [{ from: "a.ts", to: "b.ts" }, { from: "b.ts", to: "c.ts" }, { from: "c.ts", to: "a.ts" }, { from: "c.ts", to: "d.ts" }];
    expect(cyclesOf(loop)).toEqual([["a.ts", "b.ts", "c.ts", "a.ts"]]);
    expect(cyclesOf(loop.slice(0, 2))).toEqual([]);
  });

  test("has no import cycle in provider/ or emulator/", () => {
    expect(cyclesOf(imports).map((loop) => loop.join(" -> "))).toEqual([]);
  });

  test.each(["provider", "emulator"])("%s/: its folders do not import each other in a loop", (top) => {
    expect(cyclesOf(roomImports(top)).map((loop) => loop.join(" -> "))).toEqual([]);
  });

  test("every provider file is on a layer", () => {
    const placed = (file: string) => !file.startsWith("provider/") || layerOf(file) >= 0;
    expect(imports.flatMap(({ from, to }) => [from, to]).filter((file) => !placed(file))).toEqual([]);
  });

  test("provider imports point down, but for the named exceptions", () => {
    const allowed = (i: Import) => ALLOWED_UPWARD.some((a) => a.from === i.from && a.to === i.to);
    const upward = imports
      .filter((i) => i.from.startsWith("provider/") && layerOf(i.to) > layerOf(i.from) && !allowed(i))
      .map(({ from, to }) => `${from} (${PROVIDER_LAYERS[layerOf(from)]!.name}) imports ${to} (${PROVIDER_LAYERS[layerOf(to)]!.name}), a higher layer`);
    expect(upward).toEqual([]);
  });

  test("the named exceptions are at most 2, each still an upward import", () => {
    expect(ALLOWED_UPWARD.length).toBeLessThanOrEqual(2);
    const stale = ALLOWED_UPWARD.filter((a) => !imports.some((i) => i.from === a.from && i.to === a.to) || layerOf(a.to) <= layerOf(a.from));
    expect(stale).toEqual([]);
  });
});
