import { expect, test } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import { ConfigurationError, withContext } from "../../provider/client/errors";

// Finding 12 of issue 15: an error that adds context (DeveloperAccess's membership lookup) is printed
// as its cause would be. Pulumi's program runner prints a RunError by its message alone.
test("the context of an expected error is printed by its message alone, keeping its code", () => {
  const cause = new ConfigurationError("getUsers: No Anthropic Admin API key is configured.", "anthropic:adminKey");
  const error = withContext('DeveloperAccess "dev": could not check whether dev@example.com has joined', cause);
  expect(error.message).toBe('DeveloperAccess "dev": could not check whether dev@example.com has joined: getUsers: No Anthropic Admin API key is configured.');
  expect(pulumi.RunError.isInstance(error)).toBe(true);
  expect((error as { code?: string }).code).toBe("ANTHROPIC_CONFIGURATION");
  expect(error.cause).toBe(cause);
});

test("the context of a bug keeps its stack trace", () => {
  const error = withContext("DeveloperAccess \"dev\": could not check", new TypeError("x is undefined"));
  expect(pulumi.RunError.isInstance(error)).toBe(false);
  expect(error.stack).toMatch(/^\s+at /m);
});
