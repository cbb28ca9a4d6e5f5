import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Engine tests drive the real Pulumi CLI; everything else talks to an emulator on loopback.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
