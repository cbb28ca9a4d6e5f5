/**
 * The `...Output` form of a data function, as Pulumi's own functions offer it: arguments may be
 * Outputs, the result is an Output, and it is secret only when an argument was.
 */
import * as pulumi from "@pulumi/pulumi";

/**
 * Calls `call` once `args` are known. `dependsOn` waits for each custom resource's id (its creation)
 * and each component's urn; during a preview an id that is not known yet leaves the result unknown,
 * as the engine does for invokes. A component's children are not awaited: list the ones that matter.
 */
export function outputOf<Args, Result>(
  call: (args: Args, opts?: pulumi.InvokeOptions) => Promise<Result>,
  args: unknown,
  opts: pulumi.InvokeOutputOptions | undefined,
): pulumi.Output<Result> {
  const { dependsOn, ...invokeOptions } = opts ?? {};
  const ready = dependsOn === undefined ? pulumi.output(true) : settled(dependsOn);
  return pulumi.all([pulumi.output(args), ready]).apply(([plain]) => call(plain as Args, invokeOptions));
}

function settled(dependsOn: NonNullable<pulumi.InvokeOutputOptions["dependsOn"]>): pulumi.Output<boolean> {
  return pulumi.output(dependsOn as pulumi.Input<pulumi.Input<pulumi.Resource>[]>).apply((resources) => {
    const list = (Array.isArray(resources) ? resources : [resources]) as pulumi.Resource[];
    const markers = list.map((r) => (pulumi.CustomResource.isInstance(r) ? r.id : r.urn) as pulumi.Output<string>);
    return pulumi.all(markers).apply(() => true);
  });
}
