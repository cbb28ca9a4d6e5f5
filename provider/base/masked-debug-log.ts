import * as pulumi from "@pulumi/pulumi";
import { redact } from "./redaction";

type DebugLog = typeof pulumi.log.debug;
const MASKING = Symbol.for("pulumi-anthropic.maskedDebugLog");
/** What the SDK marks a secret value with on the wire (`specialSigKey` in @pulumi/pulumi/runtime/rpc). */
const SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";
const RESPONSE = /^((?:RegisterResource|ReadResource|getResource Invoke) RPC finished: .*?resp: ).*$/s;

/**
 * Keeps secrets out of the debug messages `@pulumi/pulumi` sends to the engine from the program.
 *
 * The SDK writes every RegisterResource and ReadResource response to its debug log, whole, with secret
 * outputs in plaintext beside their secret signature (`runtime/resource.js`: "RegisterResource RPC
 * finished: ...; resp: ${innerResponse}", 3.259 to at least 3.276). An ApiKey's response carries its value,
 * a WebhookEndpoint's its signing secret, at `up` and at every preview after; the engine shows those
 * messages with `--debug` and writes them to its log from `-v=3`. So a response that holds any secret is
 * withheld from the message (whatever resource it belongs to: a header value has no shape to recognise),
 * and anything else shaped like a key or a token is masked. The SDK's runtime calls `log.debug` through
 * the same module object as `pulumi.log`, so wrapping it once, when the package loads, covers the program.
 */
export function maskSecretsInDebugLog(log: typeof pulumi.log = pulumi.log): void {
  const debug = log.debug as DebugLog & { [MASKING]?: true };
  if (typeof debug !== "function" || debug[MASKING]) return;
  const masked: DebugLog = (message, ...rest) => debug(typeof message === "string" ? withoutSecrets(message) : message, ...rest);
  try {
    (log as { debug: DebugLog }).debug = Object.assign(masked, { [MASKING]: true });
  } catch {
    // A future SDK may make it read-only; test/engine/debug-logs.engine.test.ts then fails and says so.
  }
}

export function withoutSecrets(message: string): string {
  const response = RESPONSE.exec(message);
  if (response && message.includes(SECRET_SIGNATURE)) {
    return `${response[1]}[withheld by pulumi-anthropic: it holds secret values]`;
  }
  return redact(message);
}
