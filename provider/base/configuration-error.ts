/**
 * The error every layer raises for settings that are missing or unsafe, before any request (a base URL,
 * a credential, an organization's entry). A leaf, so that the checks at the bottom can raise it;
 * client/errors.ts re-exports it beside the errors of requests, where users import it from.
 */

/**
 * Pulumi's program runner prints an uncaught `pulumi.RunError` by its message alone, and any other
 * error with its stack trace and every field. These errors explain themselves (what failed, why, what
 * to do next), so a data function's failure gets the mark `RunError.isInstance` looks for: a property,
 * not a class, so that it works across copies of @pulumi/pulumi, and so the client needs no Pulumi import.
 */
export function printedByMessageAlone(error: Error): void {
  Object.defineProperty(error, "__pulumiRunError", { value: true, enumerable: false });
}

/** Credentials or endpoint settings are missing or unsafe; raised before any request. */
export class ConfigurationError extends Error {
  readonly code = "ANTHROPIC_CONFIGURATION";
  readonly setting: string;
  constructor(message: string, setting: string) {
    super(message);
    this.name = "ConfigurationError";
    this.setting = setting;
    printedByMessageAlone(this);
  }
}

