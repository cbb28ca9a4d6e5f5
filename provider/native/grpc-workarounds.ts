/**
 * Four gaps of the provider server in `@pulumi/pulumi` (`provider/server.js`, verified at 3.259 and
 * 3.276), closed at the gRPC level because its `Server` class is not exported and offers no hook:
 *
 * - Configure: the server answers it without reading the request, so a provider never sees its
 *   settings (the stack's `anthropic:*` config, or an explicit provider's inputs). We read them first.
 * - CheckConfig: answered UNIMPLEMENTED (the engine tolerates it); we check an explicit provider's
 *   inputs so a misspelt setting fails the preview on the provider, not later on every resource.
 * - Read on `pulumi import` (and the `import` option): the request has no properties, and the server
 *   calls `getProperties().toJavaScript()` on undefined. We give it empty ones.
 * - Diff: the server drops `detailedDiff`, so previews could not say which property replaces. We add
 *   it to the response from what the adapter computed.
 *
 * The hook point is `grpc.Server.prototype.addService`, which `provider.main` calls once with the
 * resource-provider service and the server object; its methods are wrapped there. So this must be
 * installed before `provider.main` runs, with the grpc module `@pulumi/pulumi` itself loads.
 */
import { createRequire } from "node:module";
import type { ConfigureCall } from "./provider-settings";

export type PropertyChange = "ADD" | "ADD_REPLACE" | "UPDATE" | "UPDATE_REPLACE" | "DELETE" | "DELETE_REPLACE";

export interface WorkaroundHooks {
  configure(call: ConfigureCall): Promise<void> | void;
  checkConfig(urn: string, news: Record<string, unknown>): { inputs: Record<string, unknown>; failures: Array<{ property: string; reason: string }> };
  /** The per-property changes the last diff of `urn` found (taken once), or undefined. */
  takeDetailedDiff(urn: string): Record<string, PropertyChange> | undefined;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- generated protobuf classes, loaded untyped from @pulumi/pulumi */
type Callback = (err: unknown, response?: any) => void;
type Method = (call: { request: any }, callback: Callback) => unknown;

const fromPulumi = createRequire(require.resolve("@pulumi/pulumi"));

export function installWorkarounds(hooks: WorkaroundHooks): void {
  const grpc = fromPulumi("@grpc/grpc-js");
  const { ResourceProviderService } = fromPulumi("@pulumi/pulumi/proto/provider_grpc_pb");
  const addService = grpc.Server.prototype.addService;
  grpc.Server.prototype.addService = function (this: unknown, service: unknown, impl: Record<string, Method>) {
    if (service === ResourceProviderService) patch(impl, hooks);
    return addService.call(this, service, impl);
  };
}

function patch(impl: Record<string, Method>, hooks: WorkaroundHooks): void {
  const proto = fromPulumi("@pulumi/pulumi/proto/provider_pb");
  const { Struct } = fromPulumi("google-protobuf/google/protobuf/struct_pb");

  const configure = impl.configure!.bind(impl);
  impl.configure = (call, callback) => {
    const request = call.request;
    const args = request.hasArgs() ? request.getArgs().toJavaScript() : {};
    const variables = Object.fromEntries(request.getVariablesMap().entries()) as Record<string, string>;
    Promise.resolve()
      .then(() => hooks.configure({ urn: request.getUrn(), args, variables }))
      .then(() => configure(call, callback), (err) => callback(err));
  };

  impl.checkConfig = (call, callback) => {
    try {
      const news = call.request.hasNews() ? call.request.getNews().toJavaScript() : {};
      const { inputs, failures } = hooks.checkConfig(call.request.getUrn(), news);
      const response = new proto.CheckResponse();
      response.setInputs(Struct.fromJavaScript(inputs));
      response.setFailuresList(failures.map(({ property, reason }) => new proto.CheckFailure().setProperty(property).setReason(reason)));
      callback(null, response);
    } catch (err) {
      callback(err);
    }
  };

  const read = impl.read!.bind(impl);
  impl.read = (call, callback) => {
    if (!call.request.hasProperties()) call.request.setProperties(new Struct());
    if (!call.request.hasInputs()) call.request.setInputs(new Struct());
    return read(call, callback);
  };

  const diff = impl.diff!.bind(impl);
  impl.diff = (call, callback) => {
    const urn = call.request.getUrn();
    return diff(call, (err, response) => {
      const changes = hooks.takeDetailedDiff(urn);
      if (!err && response && changes) {
        const detailed = response.getDetaileddiffMap();
        for (const [property, kind] of Object.entries(changes)) {
          detailed.set(property, new proto.PropertyDiff().setKind(proto.PropertyDiff.Kind[kind]).setInputdiff(true));
        }
        response.setHasdetaileddiff(true);
      }
      callback(err, response);
    });
  };
}
