import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface ReadmeBlock {
  lang: string;
  text: string;
}

/** The fenced code blocks of the README section whose heading starts with `heading` (`## ...`). */
export function readmeSectionBlocks(heading: string): ReadmeBlock[] {
  const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
  const start = readme.indexOf(`\n## ${heading}`);
  if (start < 0) throw new Error(`README.md has no section "## ${heading}"`);
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, text: m[2]! }));
}

/** A shell line as a person types it: the comment after it dropped. */
export const commandOf = (line: string) => line.replace(/\s+#\s.*$/, "").trim();
