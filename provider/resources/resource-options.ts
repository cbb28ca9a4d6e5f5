import * as pulumi from "@pulumi/pulumi";
import { OWNER } from "./owner";

/** Output-only properties must be present (as undefined) in the props for the engine to fill them in. */
export function withOutputs<T extends object>(inputs: T, outputs: readonly string[]): Record<string, unknown> {
  const props: Record<string, unknown> = Object.fromEntries(outputs.map((key) => [key, undefined]));
  for (const [key, value] of Object.entries(inputs)) if (value !== undefined) props[key] = value;
  return props;
}

/** Adds secret outputs to whatever options the program passed. */
export function withSecretOutputs(opts: pulumi.CustomResourceOptions | undefined, secrets: string[]): pulumi.CustomResourceOptions {
  return { ...opts, additionalSecretOutputs: [...new Set([...(opts?.additionalSecretOutputs ?? []), ...secrets])] };
}

/** The internal owner input (see owner.ts): the URN the engine will give this resource. None for `get`. */
export function ownerInput(kind: string, name: string, opts: pulumi.CustomResourceOptions | undefined): Record<string, unknown> {
  if (opts?.id !== undefined) return {};
  return { [OWNER]: pulumi.createUrn(name, `pulumi-nodejs:dynamic/anthropic:${kind}`, opts?.parent) };
}
