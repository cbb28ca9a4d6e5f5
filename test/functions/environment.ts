import { afterEach, beforeEach } from "vitest";
import type { EmulatorHandle } from "../support/emulator";

const VARIABLES = ["ANTHROPIC_ADMIN_KEY", "ANTHROPIC_BASE_URL", "ANTHROPIC_ADMIN_AUDIT_LOG"] as const;

/**
 * Points the data functions at the emulator the way a user outside a stack would: through the
 * environment, set before each test and restored after it.
 */
export function useEmulatorEnvironment(emulator: EmulatorHandle): void {
  const saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    for (const name of VARIABLES) saved[name] = process.env[name];
    process.env.ANTHROPIC_ADMIN_KEY = emulator.adminKey;
    process.env.ANTHROPIC_BASE_URL = emulator.url;
    delete process.env.ANTHROPIC_ADMIN_AUDIT_LOG;
  });
  afterEach(() => {
    for (const name of VARIABLES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });
}

/** API requests served since the last reset, by route ("GET /v1/organizations/users"). */
export async function routeCounts(emulator: EmulatorHandle): Promise<Record<string, number>> {
  return (await emulator.control.requests()).byRoute;
}
