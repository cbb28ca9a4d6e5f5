// What one resource of each arm costs in the checkpoint. The engine writes the whole checkpoint after
// every step of an update, so bytes per resource are paid N times per `up` and `destroy`, not once.
import { median } from "./stats.mjs";

/** Figures for the resources of `type` in a `pulumi stack export` deployment. */
export function resourceStateFigures(deployment, type) {
  const resources = deployment.deployment?.resources ?? [];
  const ofType = resources.filter((r) => r.type === type);
  if (ofType.length === 0) throw new Error(`no resource of type ${type} in the checkpoint`);
  const sizes = ofType.map((r) => Buffer.byteLength(JSON.stringify(r)));
  const first = ofType[0];
  const providerIn = first.inputs?.__provider ?? "";
  const providerOut = first.outputs?.__provider ?? "";
  return {
    resources: ofType.length,
    oneResourceBytes: sizes[0],
    medianResourceBytes: median(sizes),
    inputsBytes: Buffer.byteLength(JSON.stringify(first.inputs ?? {})),
    outputsBytes: Buffer.byteLength(JSON.stringify(first.outputs ?? {})),
    // The engine's record of where the program declared the resource: the same kind of cost in both arms.
    stackTraceBytes: Buffer.byteLength(JSON.stringify(first.stackTrace ?? [])),
    providerStringChars: { inputs: providerIn.length, outputs: providerOut.length },
    // Counted twice in each resource, once in its inputs and once in its outputs.
    providerShareOfResource: Math.round(((providerIn.length + providerOut.length) / sizes[0]) * 1000) / 1000,
    distinctProviderStrings: new Set(ofType.map((r) => r.inputs?.__provider)).size,
    allResources: resources.length,
  };
}
