import * as pulumi from "@pulumi/pulumi";
import * as settings from "@pulumi/pulumi/runtime/settings";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";

export const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
export const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

export interface Registration {
  type: string;
  name: string;
  /** As the engine receives them: secrets appear as `{ [SECRET_SIG_KEY]: SECRET_SIG, value }`. */
  inputs: Record<string, any>;
  secretOutputs: string[];
}

/**
 * `pulumi.runtime.setMocks`, plus a record of every registration as the engine would receive it. Mocks
 * ignore `additionalSecretOutputs`; this applies them to the mocked outputs the way the engine does, so
 * a test sees whether a secret stays secret downstream.
 */
export async function recordingMocks(mocks: pulumi.runtime.Mocks, project = "project"): Promise<Map<string, Registration>> {
  const registrations = new Map<string, Registration>();
  await pulumi.runtime.setMocks(mocks, project, "stack", false);
  const monitor = settings.getMonitor() as any;
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req: any, callback: (err: unknown, response: any) => void) => {
    const secretOutputs: string[] = req.getAdditionalsecretoutputsList();
    registrations.set(req.getName(), { type: req.getType(), name: req.getName(), inputs: req.getObject().toJavaScript(), secretOutputs });
    return register(req, (err: unknown, response: any) => {
      if (response && secretOutputs.length > 0) {
        const state = response.getObject().toJavaScript();
        for (const name of secretOutputs) if (name in state) state[name] = { [SECRET_SIG_KEY]: SECRET_SIG, value: state[name] };
        response.setObject(Struct.fromJavaScript(state));
      }
      callback(err, response);
    });
  };
  return registrations;
}

export const outputValue = <T>(o: pulumi.Output<T>) => new Promise<T>((resolve) => o.apply(resolve));
