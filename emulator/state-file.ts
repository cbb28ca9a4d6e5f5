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
    const parsed = storeSnapshotSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (!parsed.success) throw new Error(`--state-file ${path}: not a saved emulator state (${parsed.error.issues[0]?.message})`);
    store.restore(parsed.data);
  }
  return () => {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(store.snapshot()));
    renameSync(temporary, path);
  };
}
