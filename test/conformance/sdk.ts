import Anthropic from "@anthropic-ai/sdk";
import { describe } from "vitest";
import type { EmulatorHandle } from "../support/emulator";

/**
 * The two ways a user points the official client at the Admin API, both of which the API accepts:
 * - `bearer`: the SDK's default construction, `new Anthropic({ apiKey })`, which (1.10 and 1.14 alike) sends
 *   the key as `Authorization: Bearer <key>`;
 * - `x-api-key`: no credential option (null keeps the environment unread) and the key as a default header.
 */
export type Construction = "bearer" | "x-api-key";
export const CONSTRUCTIONS: readonly Construction[] = ["bearer", "x-api-key"];

export interface SdkOptions {
  /** Default 0: a conformance failure should show the first answer. */
  maxRetries?: number;
  /** Another key than the emulator's, to see the refusal. */
  key?: string;
}

export function sdkFor(emulator: EmulatorHandle, construction: Construction = "bearer", options: SdkOptions = {}): Anthropic {
  const maxRetries = options.maxRetries ?? 0;
  const key = options.key ?? emulator.adminKey;
  if (construction === "bearer") return new Anthropic({ baseURL: emulator.url, apiKey: key, maxRetries });
  return new Anthropic({ baseURL: emulator.url, apiKey: null, authToken: null, defaultHeaders: { "x-api-key": key }, maxRetries });
}

/**
 * Declares the tests in `body` once per construction (`describe.each`), handing them a factory for the
 * client built that way; every conformance file wraps its tests in it, so every route runs under both.
 */
export function eachConstruction(
  emulator: EmulatorHandle,
  body: (sdk: (options?: SdkOptions) => Anthropic, construction: Construction) => void,
): void {
  describe.each(CONSTRUCTIONS.map((construction) => ({ construction })))("SDK with $construction", ({ construction }) => {
    body((options) => sdkFor(emulator, construction, options), construction);
  });
}
