import Anthropic from "@anthropic-ai/sdk";
import type * as pulumi from "@pulumi/pulumi";
import { implementation } from "../../provider/dynamic/implementation";
import type { ResourceKind } from "../../provider/base/kinds";
import type { EmulatorHandle } from "./emulator";

/**
 * The handlers of an OAuth-only kind (service accounts, federation), configured as a stack that holds a
 * person's OAuth token (`anthropic:authToken`, what `ant auth login --scope org:admin` gives) and no admin
 * key: these endpoints refuse the admin key. `baseUrl`: another server in front of the emulator.
 */
export async function oauthProvider(
  kind: ResourceKind, emulator: EmulatorHandle, baseUrl = emulator.url,
): Promise<Required<pulumi.dynamic.ResourceProvider>> {
  const provider = implementation(kind);
  const config: Record<string, string> = { "anthropic:authToken": emulator.oauthToken, "anthropic:baseUrl": baseUrl };
  await provider.configure({ config: { get: (key: string) => config[key], require: (key: string) => config[key]! } } as never);
  return provider;
}

/** A person's org:admin client, the SDK's way (service-account and federation routes refuse the admin key). */
export function personSdk(emulator: EmulatorHandle): Anthropic {
  return new Anthropic({
    baseURL: emulator.url, authToken: emulator.oauthToken, maxRetries: 0, defaultHeaders: { "anthropic-beta": "oauth-2025-04-20" },
  });
}
