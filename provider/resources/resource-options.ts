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

/** The type Pulumi registers a dynamic resource of `kind` as (`pulumi-nodejs:dynamic/anthropic:<kind>`). */
export function typeToken(kind: string): string {
  return `pulumi-nodejs:dynamic/anthropic:${kind}`;
}

/**
 * Whether `obj` is a resource of `kind`, by the type Pulumi registered, as Pulumi's own `isInstance`
 * does: it holds for an instance made by another copy of this package too, where `instanceof` does not.
 */
export function isResourceOf(kind: string, obj: unknown): boolean {
  return isResourceOfType(typeToken(kind), obj);
}

/** Whether `obj` is a resource (custom or component) registered as `type`, e.g. `anthropic:index:DeveloperAccess`. */
export function isResourceOfType(type: string, obj: unknown): boolean {
  return typeof obj === "object" && obj !== null && (obj as { __pulumiType?: unknown }).__pulumiType === type;
}

/**
 * The internal owner input (see owner.ts): the URN the engine will give this resource. None for `get`.
 * A plain string for a resource without a parent (no Output to resolve); a child's depends on its
 * parent's URN.
 */
export function ownerInput(kind: string, name: string, opts: pulumi.CustomResourceOptions | undefined): Record<string, unknown> {
  if (opts?.id !== undefined) return {};
  const type = typeToken(kind);
  const urn = opts?.parent
    ? pulumi.createUrn(name, type, opts.parent)
    : `urn:pulumi:${pulumi.getStack()}::${pulumi.getProject()}::${type}::${name}`;
  return { [OWNER]: urn };
}
