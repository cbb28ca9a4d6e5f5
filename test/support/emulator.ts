import { afterAll, beforeAll, beforeEach } from "vitest";
import { startEmulator, type EmulatorControl, type EmulatorOptions, type RunningEmulator } from "../../emulator";

export interface EmulatorHandle {
  readonly url: string;
  readonly adminKey: string;
  /** The person's OAuth token (`org:admin`) that service-account and federation routes require. */
  readonly oauthToken: string;
  readonly control: EmulatorControl;
}

/**
 * One emulator per test file (started in beforeAll, closed in afterAll), reset before each test: state,
 * faults, rate limit and request counters. Read the properties inside hooks and tests, not at import time.
 */
export function useEmulator(options: EmulatorOptions & { resetBeforeEach?: boolean } = {}): EmulatorHandle {
  let running: RunningEmulator | undefined;
  const { resetBeforeEach = true, ...startOptions } = options;
  beforeAll(async () => {
    running = await startEmulator(startOptions);
  });
  afterAll(async () => {
    await running?.close();
  });
  if (resetBeforeEach) {
    beforeEach(async () => {
      await started().control.reset();
    });
  }
  const started = (): RunningEmulator => {
    if (!running) throw new Error("useEmulator(): the emulator starts in beforeAll; read it inside a hook or test");
    return running;
  };
  return {
    get url() {
      return started().url;
    },
    get adminKey() {
      return started().adminKey;
    },
    get oauthToken() {
      return started().oauthToken;
    },
    get control() {
      return started().control;
    },
  };
}

/** Raw Admin API call with the right headers; `headers` overrides or removes (`undefined`) any of them. */
export async function adminFetch(
  emulator: EmulatorHandle, method: string, path: string,
  init: { body?: unknown; rawBody?: string; headers?: Record<string, string | undefined> } = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const headers: Record<string, string | undefined> = {
    "x-api-key": emulator.adminKey, "anthropic-version": "2023-06-01", "content-type": "application/json", ...init.headers,
  };
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<string, string>,
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}
