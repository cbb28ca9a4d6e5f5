import { beforeAll } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { implementation } from "../../provider/dynamic/implementation";
import { forgetClaims } from "../../provider/resources/claims";
import { forgetOrganizationIds } from "../../provider/settings/real-organization";
import { forgetListings } from "../../provider/resources/listed-reads";
import { forgetLeftovers } from "../../provider/resources/workspace/leftovers";
import { forgetEnrollment } from "../../provider/resources/organization-member/sign-out";
import { RESOURCE_KINDS, type ResourceKind } from "../../provider/base/kinds";
import { kindNeed } from "../../provider/credentials/endpoints";
import type { EmulatorHandle } from "./emulator";
import { oauthProvider } from "./oauth-provider";

/**
 * The handlers the dynamic-provider shim calls for `kind`, configured the way the engine configures
 * them: stack config holding the emulator's URL and admin key.
 */
export async function configuredProvider(kind: ResourceKind, emulator: EmulatorHandle): Promise<Required<pulumi.dynamic.ResourceProvider>> {
  const provider = implementation(kind);
  const config: Record<string, string> = { "anthropic:adminKey": emulator.adminKey, "anthropic:baseUrl": emulator.url };
  await provider.configure({ config: { get: (key: string) => config[key], require: (key: string) => config[key]! } } as never);
  return provider;
}

/** API requests the emulator served since the last reset, by route template ("GET /v1/organizations/..."). */
export async function requestsByRoute(emulator: EmulatorHandle): Promise<Record<string, number>> {
  return (await emulator.control.requests()).byRoute;
}

export async function requestCount(emulator: EmulatorHandle): Promise<number> {
  return (await emulator.control.requests()).total;
}

/**
 * Starts a new deployment, as a new `pulumi up` (a new provider process) would: what the previous
 * one's creates adopted no longer protects those objects from this one's deletes.
 */
export function newDeployment(): void {
  forgetClaims();
  forgetOrganizationIds();
  forgetLeftovers();
  forgetListings();
  forgetEnrollment();
}

/** Every kind's handlers, configured against `emulator` before the file's tests run (read them inside tests). */
export function useProviders(emulator: EmulatorHandle): Record<ResourceKind, Required<pulumi.dynamic.ResourceProvider>> {
  const providers = {} as Record<ResourceKind, Required<pulumi.dynamic.ResourceProvider>>;
  beforeAll(async () => {
    for (const kind of RESOURCE_KINDS) {
      providers[kind] = await configuredProvider(kind, emulator);
    }
  });
  return providers;
}

/** The handlers of `kind`, configured with the credential its endpoints take: the admin key, or a person's OAuth token. */
export async function providerFor(kind: ResourceKind, emulator: EmulatorHandle): Promise<Required<pulumi.dynamic.ResourceProvider>> {
  return kindNeed(kind) === "oauth" ? oauthProvider(kind, emulator) : configuredProvider(kind, emulator);
}
