import type { AuditRecord } from "../../provider/base/audit";
import { type AdminClient } from "../../provider/client";
import { type AdminClientOptions, createAdminClient } from "../../provider/settings/admin-client";
import type { EmulatorHandle } from "./emulator";

/** Retries as in production but with millisecond backoff, for tests that are not about timing. */
export const FAST_RETRY = { initialDelayMs: 5, maxDelayMs: 20 } as const;

export interface TestClient {
  client: AdminClient;
  /** Every audit record the client emitted, in order. */
  audit: AuditRecord[];
}

/** A client for the emulator; read it inside a test or hook (the emulator starts in beforeAll). */
export function clientFor(emulator: EmulatorHandle, options: Partial<AdminClientOptions> = {}): TestClient {
  const audit: AuditRecord[] = [];
  const client = createAdminClient({
    adminKey: emulator.adminKey,
    baseUrl: emulator.url,
    retry: FAST_RETRY,
    ...options,
    onAudit: (record, line) => {
      audit.push(record);
      options.onAudit?.(record, line);
    },
  });
  return { client, audit };
}

/** The rejection of a promise, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error("expected the call to fail, but it succeeded");
}
