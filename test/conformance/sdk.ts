import Anthropic from "@anthropic-ai/sdk";
import type { EmulatorHandle } from "../support/emulator";

/**
 * The official client pointed at the emulator. This SDK sends `apiKey` as `Authorization: Bearer`, while
 * the Admin API takes the admin key in `x-api-key`; so no credential option is set (null keeps the
 * environment unread) and the key goes in as a default header. No retries: a conformance failure should
 * show the first answer.
 */
export function sdkFor(emulator: EmulatorHandle): Anthropic {
  return new Anthropic({
    baseURL: emulator.url,
    apiKey: null,
    authToken: null,
    defaultHeaders: { "x-api-key": emulator.adminKey },
    maxRetries: 0,
  });
}
