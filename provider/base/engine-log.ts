/**
 * Warnings from inside the dynamic provider, shown by the CLI like any provider's diagnostics.
 *
 * The dynamic-provider host is started with the engine's address as its last argument but sets up no
 * logging of its own, so `pulumi.log` cannot reach the engine from here. This sends the engine's
 * `Log` RPC directly. Outside a provider process (tests calling the handlers) it writes to stderr.
 */
import { createRequire } from "node:module";

interface EngineClient {
  log(request: unknown, callback: (err: Error | null) => void): void;
}

let engine: { client: EngineClient; request: (message: string) => unknown } | null | undefined;

function connect(): typeof engine {
  const address = process.argv.slice(2).reverse().find((arg) => /^[\w.[\]:-]+:\d+$/.test(arg));
  if (!address) return null;
  try {
    const fromPulumi = createRequire(require.resolve("@pulumi/pulumi"));
    const grpc = fromPulumi("@grpc/grpc-js");
    const { EngineClient } = fromPulumi("@pulumi/pulumi/proto/engine_grpc_pb");
    const { LogRequest, LogSeverity } = fromPulumi("@pulumi/pulumi/proto/engine_pb");
    return {
      client: new EngineClient(address, grpc.credentials.createInsecure()),
      request: (message) => new LogRequest().setSeverity(LogSeverity.WARNING).setMessage(message),
    };
  } catch {
    return null;
  }
}

/** Shows `message` as a warning of this deployment. Never throws: a lost warning must not fail an update. */
export async function warn(message: string): Promise<void> {
  if (engine === undefined) engine = connect();
  const connected = engine;
  if (!connected) {
    process.stderr.write(`warning: ${message}\n`);
    return;
  }
  await new Promise<void>((done) => connected.client.log(connected.request(message), () => done()));
}
