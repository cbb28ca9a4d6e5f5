import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import { AuthenticationError, ConfigurationError } from "../../provider/client/errors";
import * as functions from "../../provider/functions";
import { rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";
import { outputValue } from "../support/mocks";
import { useEmulatorEnvironment } from "./environment";
import { seedKnownUsage, useFrozenClock } from "./usage-fixture";
import { canaryAdminKey } from "../support/canary";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);
useFrozenClock();

/** Stack config as the language host hands it to a program: decrypted, with the secret keys listed. */
function setStackConfig(values: Record<string, string>, secretKeys: string[] = []) {
  pulumi.runtime.setAllConfig(values, secretKeys);
}
afterEach(() => setStackConfig({}));

const WRONG_KEY = canaryAdminKey("wrong");

describe("credentials in a program", () => {
  it("come from stack config before the environment, a secret adminKey included", async () => {
    process.env.ANTHROPIC_ADMIN_KEY = WRONG_KEY;
    process.env.ANTHROPIC_BASE_URL = "http://127.0.0.1:9"; // nothing listens there
    setStackConfig({ "anthropic:adminKey": emulator.adminKey, "anthropic:baseUrl": emulator.url }, ["anthropic:adminKey"]);
    await pulumi.runtime.setMocks({ newResource: (a) => ({ id: a.name, state: {} }), call: () => ({}) }, "project", "stack", false);
    const users = functions.getUsersOutput();
    expect((await outputValue(users)).users.map((u) => u.email)).toEqual(["admin@example.com"]);
    // Reading the key for the client does not turn results into secrets.
    expect(await (users as unknown as { isSecret: Promise<boolean> }).isSecret).toBe(false);
  });

  it("fall back to the environment per setting", async () => {
    process.env.ANTHROPIC_BASE_URL = "http://127.0.0.1:9";
    setStackConfig({ "anthropic:baseUrl": emulator.url });
    expect((await functions.getOrganization()).name).toBe("Emulated Organization");
  });

  it("missing everywhere: a ConfigurationError that names the function and the fix, before any request", async () => {
    delete process.env.ANTHROPIC_ADMIN_KEY;
    await emulator.control.resetRequests();
    const err = await rejectionOf(functions.getWorkspaces());
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(/^getWorkspaces: No Anthropic Admin API key is configured\. Set one with `pulumi config set --secret anthropic:adminKey/);
    expect(err.setting).toBe("anthropic:adminKey");
    expect((await emulator.control.requests()).total).toBe(0);
  });
});

describe("the admin key never leaves the client", () => {
  it("is in no result", async () => {
    await seedKnownUsage(emulator);
    await emulator.control.seedApiKey({ workspaceId: (await emulator.control.state()).defaultWorkspaceId as string, name: "k" });
    const results = await Promise.all([
      functions.getOrganization(), functions.getUsers(), functions.getWorkspaces({ includeDefault: true }), functions.getApiKeys(),
      functions.getInvites(), functions.getUsage({ startingAt: "2026-03-01" }), functions.checkSpend({ thresholdUsd: 1 }),
    ]);
    const text = JSON.stringify(results);
    expect(text).toContain("claude-haiku-4-5"); // the results are really there
    expect(text).not.toContain(emulator.adminKey);
    expect(text).not.toContain(emulator.adminKey.slice(-12));
  });

  it("is in no error or audit line when the server refuses it", async () => {
    const auditLog = join(mkdtempSync(join(tmpdir(), "functions-audit-")), "audit.jsonl");
    process.env.ANTHROPIC_ADMIN_KEY = WRONG_KEY;
    process.env.ANTHROPIC_ADMIN_AUDIT_LOG = auditLog;
    const err = await rejectionOf(functions.getApiKeys());
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err.message).toMatch(/^getApiKeys: listApiKeys failed: 401 authentication_error/);
    expect(JSON.stringify({ message: err.message, stack: err.stack, ...err })).not.toContain(WRONG_KEY);
    const audit = readFileSync(auditLog, "utf8");
    expect(audit).toContain('"operation":"getApiKeys: listApiKeys"');
    expect(audit).not.toContain(WRONG_KEY);
  });

  it("is masked when pasted into an argument", async () => {
    const err = await rejectionOf(functions.getUsers({ email: emulator.adminKey }));
    expect(err).toBeInstanceOf(functions.InvalidArgumentsError);
    expect(err.message).not.toContain(emulator.adminKey);
    const err2 = await rejectionOf(functions.getUsage({ startingAt: "2026-03-01", workspaceIds: [emulator.adminKey] }));
    expect(err2.message).toMatch(/workspaceIds\[0\]: must be a workspace id/);
    expect(err2.message).not.toContain(emulator.adminKey);
  });
});
