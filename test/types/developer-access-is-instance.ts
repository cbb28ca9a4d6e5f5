// Type-checked by `npm test` (tsconfig.check.json), never run: `DeveloperAccess.isInstance` narrows to
// DeveloperAccess, as every resource's `isInstance` narrows to its class (not merely to ComponentResource,
// which has none of the component's outputs).
import type * as pulumi from "@pulumi/pulumi";
import { DeveloperAccess } from "pulumi-anthropic";

export function onboardingOf(resource: unknown): pulumi.Output<"invited" | "active"> | undefined {
  return DeveloperAccess.isInstance(resource) ? resource.status : undefined;
}

export function keyOf(resource: pulumi.Resource): pulumi.Output<string | undefined> | undefined {
  if (DeveloperAccess.isInstance(resource)) return resource.key;
  return undefined;
}
