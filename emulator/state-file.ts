import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { storeSnapshotSchema } from "./snapshot";
import type { Store } from "./store";

/**
 * The organization kept in a file, so that a restarted emulator and a stack's state still agree: read
 * at start when the file exists, written after every change, atomically (a temporary file renamed
 * over it), so a crash never leaves half a file.
 */
export function keepStateIn(path: string, store: Store): () => void {
  if (existsSync(path)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`--state-file ${path}: not a saved emulator state (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = storeSnapshotSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`--state-file ${path}: not a saved emulator state (${issue?.path.join(".") || "(top level)"}: ${issue?.message})`);
    }
    // The file's organization type wins over --organization-type (see Store.restore).
    store.restore(parsed.data);
  }
  return () => {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(store.snapshot()));
    renameSync(temporary, path);
  };
}
