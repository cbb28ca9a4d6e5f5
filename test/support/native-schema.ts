/**
 * The package schema the native plugin's tests serve: `schema.json` at the repository root, generated from
 * the declarations (`npm run generate`; test/unit/generated.test.ts holds it current).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PackageSchema } from "../../provider/native/package-schema";

const repo = join(__dirname, "../..");

export function testSchema(): PackageSchema {
  return JSON.parse(readFileSync(join(repo, "schema.json"), "utf8")) as PackageSchema;
}
