import type { SeedFile } from "./seed-file";

/**
 * What the CLI starts with unless told otherwise (`--seed FILE` replaces it, `--empty` starts bare): a
 * small organization that already has people in it, as a real one does, so that examples/quickstart
 * (which manages the existing member alice@example.com) runs on a freshly started emulator with no
 * other step, and six weeks of usage in Sandbox (Sonnet and Haiku, some 30 cents an hour), so that a
 * day, a week and a month of spend (examples/spend-alerts) have something to count. `startEmulator()`
 * stays bare: tests seed what they assert on.
 */
export const DEMO_ORGANIZATION: SeedFile = {
  users: [
    { email: "alice@example.com", name: "Alice", role: "user" },
    { email: "carol@example.com", name: "Carol", role: "developer" },
  ],
  workspaces: [{ name: "Sandbox", display_color: "#4A9D5B" }],
  usage: { seed: 1, weeks: 6, workspaces: ["Sandbox"], models: ["claude-sonnet-4-5", "claude-haiku-4-5"] },
};
