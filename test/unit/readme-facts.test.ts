import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { dynamicProvider } from "../../provider/resources/shim";
import { moduleOf, RESOURCE_KINDS } from "../../provider/base/kinds";

// What README.md states about the package's own mechanics, checked against the code that makes it true
// (as consumer.engine.test.ts runs the README's steps): a README that drifts fails here.
const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
const kinds = RESOURCE_KINDS;

describe("README.md", () => {
  test("what it says a resource's state stores is the module each kind's provider is serialized as", () => {
    // "... stores `require("<module>")<rest>`": every such claim, wherever it is made.
    const claims = [...readme.matchAll(/\bstores?\b[^`]*`require\("([^"]+)"\)([^`]*)`/g)].map((m) => ({ module: m[1]!, rest: m[2]! }));
    expect(claims.length).toBeGreaterThanOrEqual(2); // the Safety and Performance sections
    for (const claim of claims) {
      expect(claim).toEqual({ module: "pulumi-anthropic/internal/dynamic/<kind>", rest: "" });
      for (const kind of kinds) {
        // The package export the README names, for this kind, is the very object the resources serialize.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        expect(require(claim.module.replace("<kind>", moduleOf(kind)))).toBe(dynamicProvider(kind));
      }
    }
  });

  test("each piece of advice to keep stacks across emulator restarts with --state-file also says how to keep the admin key", () => {
    // The state file keeps no key, and without --admin-key each start generates a new one
    // (test/emulator-server/cli.test.ts): advice that leaves this out ends in a 401.
    const paragraphs = readme.split(/\n\s*\n|\n(?=- )/).filter((p) => /--state-file/.test(p) && /restart/.test(p));
    expect(paragraphs.length).toBeGreaterThanOrEqual(3); // the walkthrough, the emulator section, troubleshooting
    for (const paragraph of paragraphs) expect(paragraph).toMatch(/--admin-key/);
  });
});
