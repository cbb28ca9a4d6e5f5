/**
 * `DeveloperAccess` as a component the plugin constructs (the engine's Construct), so that programs in
 * any language can declare it. The component is the package's own (components/developer-access.ts),
 * whose children are the package's resource classes. In a TypeScript program those are dynamic
 * resources, whose state stores a provider that loads this package from the program's directory, which
 * a YAML, Go or Python project does not have. Constructed here they must be this plugin's resources
 * (`anthropic:index:<Kind>`), served by the same provider instance as the component. So, in this process
 * only, the base the classes extend (`pulumi.dynamic.Resource`) is replaced before their modules load by
 * one that registers the kind's type token; the classes themselves are unchanged.
 */
import * as pulumi from "@pulumi/pulumi";
import { OWNER } from "../resources/owner";
import { tokenOf } from "./kinds";
import type { ResourceKind } from "../dynamic/shim";

export const DEVELOPER_ACCESS = "anthropic:index:DeveloperAccess";

/** What the dynamic base takes, with the kind as its type; the provider argument is the dynamic path's, unused. */
class PluginResource extends pulumi.CustomResource {
  constructor(_provider: unknown, name: string, props: pulumi.Inputs, opts?: pulumi.CustomResourceOptions, _module?: string, type?: string) {
    // The owner the classes compute is their dynamic type's URN; the adapter gives create the real one.
    const { [OWNER]: _owner, ...inputs } = props;
    super(tokenOf(type as ResourceKind), name, inputs, opts);
  }
}

let installed = false;

function childrenAsPluginResources(): void {
  if (installed) return;
  (pulumi.dynamic as { Resource: unknown }).Resource = PluginResource;
  installed = true;
}

/** Constructs the component; its outputs are those `outputs` names (the schema's declaration of it). */
export async function constructDeveloperAccess(
  name: string,
  inputs: pulumi.Inputs,
  options: pulumi.ComponentResourceOptions,
  outputs: readonly string[],
): Promise<{ urn: pulumi.Output<string>; state: pulumi.Inputs }> {
  childrenAsPluginResources();
  const { DeveloperAccess } = await import("../components/developer-access.js");
  const component = new DeveloperAccess(name, inputs as never, options) as unknown as pulumi.ComponentResource & Record<string, unknown>;
  return { urn: component.urn, state: Object.fromEntries(outputs.map((output) => [output, component[output]])) };
}
