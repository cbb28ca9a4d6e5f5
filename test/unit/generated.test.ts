import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

// The files `npm run generate` writes from the kinds' declarations (provider/resources/<kind>/schema.ts)
// are checked in; this regenerates them in memory from the build and compares, so a declaration changed
// without the generator's run fails here, naming the files that differ.
const root = join(__dirname, "../..");

test("the generated files are what the declarations say (else: run `npm run generate`)", async () => {
  const { generated } = await import("../../scripts/generate/index.mjs");
  const files = [...generated()];
  expect(files.map(([path]) => path)).toEqual(expect.arrayContaining(["schema.json", "README.md", "provider/resources/workspace/generated.ts"]));
  const stale = files.filter(([path, content]) => readFileSync(join(root, path), "utf8") !== content).map(([path]) => path);
  expect(stale, `not what the declarations say: ${stale.join(", ")}; run \`npm run generate\``).toEqual([]);
});
