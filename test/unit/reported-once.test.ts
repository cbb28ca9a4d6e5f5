import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationError, httpError } from "../../provider/client/errors";
import { implementation } from "../../provider/dynamic/implementation";
import { reportedOnce } from "../../provider/dynamic/reported-once";
import { rejectionOf } from "../support/admin-client";

/**
 * What @pulumi/pulumi's dynamic-provider host (cmd/dynamic-provider/index.js, 3.259) does with an error
 * from check, diff, read or delete before sending its message to the engine. The engine tests run the
 * real host; this pins which errors lose that stderr copy.
 */
const hostLogs = (err: Error) => console.error(`${err}: ${err.stack}`);

let printed: unknown[][];
let original: typeof console.error;
beforeEach(() => {
  printed = [];
  original = console.error;
  console.error = (...args: unknown[]) => void printed.push(args);
});
afterEach(() => {
  console.error = original;
});

describe("reportedOnce", () => {
  it("drops the host's stack-trace copy of configuration and Admin API errors", async () => {
    for (const error of [
      new ConfigurationError("No Anthropic Admin API key is configured.", "anthropic:adminKey"),
      httpError({ operation: "getWorkspace", status: 500, errorType: "api_error", serverMessage: "boom", attempts: 3 }),
    ]) {
      const err = await rejectionOf(reportedOnce(async () => { throw error; })());
      expect(err).toBe(error);
      hostLogs(err);
    }
    expect(printed).toEqual([]);
  });

  it("keeps the stack trace of anything else: a bug", async () => {
    const err = await rejectionOf(reportedOnce(async () => { throw new TypeError("cannot read properties of undefined"); })());
    hostLogs(err);
    expect(printed).toHaveLength(1);
    expect(String(printed[0]![0])).toMatch(/TypeError: cannot read properties of undefined: TypeError: .*\n\s+at /s);
  });

  it("lets everything else the host or a program prints through", async () => {
    const err = await rejectionOf(reportedOnce(async () => { throw new ConfigurationError("missing", "anthropic:adminKey"); })());
    console.error("something else");
    hostLogs(err);
    expect(printed).toEqual([["something else"]]);
  });
});

describe("the resource handlers", () => {
  const workspaces = implementation("Workspace");
  beforeEach(async () => {
    await workspaces.configure({ config: { get: () => undefined } } as never);
  });

  it("report a missing admin key at check as one failure on the resource, with how to set it, next to bad inputs", async () => {
    const { failures } = await workspaces.check({}, { name: "ok", spendLimit: { monthlyUsd: -5 } });
    expect(failures).toEqual([
      { property: "", reason: expect.stringMatching(/^No Anthropic Admin API key is configured\. Set one with `pulumi config set --secret anthropic:adminKey <admin key>` or the ANTHROPIC_ADMIN_KEY environment variable\.$/) },
      { property: "spendLimit", reason: "spendLimit.monthlyUsd: must not be negative (got -5)" },
    ]);
    expect(printed).toEqual([]);
  });

  it("leave a read without an admin key to the engine to report, once", async () => {
    const err = await rejectionOf(workspaces.read("wrkspc_1", { name: "prod" }));
    expect(err).toBeInstanceOf(ConfigurationError);
    hostLogs(err);
    expect(printed).toEqual([]);
  });
});
