import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { ConfigurationError, PermissionError } from "../../provider/client/errors";
import { getOrganization, getUsers } from "../../provider/functions";
import { rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";
import { useEmulatorEnvironment } from "./environment";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);

const count = (text: string, word: string) => text.split(word).length - 1;

// 403 is never retried, so each case is one request.
const refuse = (route: string) => emulator.control.fault({ route, kind: "status", status: 403 });

describe("a data function's error names the function once", () => {
  it("when its arguments are wrong", async () => {
    const err = await rejectionOf(getUsers({ email: "alice" }));
    expect(err.message).toBe('getUsers was not called: invalid arguments: email: must be an email address like alice@example.com (got "alice").');
    expect(pulumi.RunError.isInstance(err)).toBe(true);
  });

  it("when the function is the endpoint call of the same name", async () => {
    const auditLog = join(mkdtempSync(join(tmpdir(), "error-names-")), "audit.jsonl");
    process.env.ANTHROPIC_ADMIN_AUDIT_LOG = auditLog;
    await refuse("GET /v1/organizations/me");
    const err = await rejectionOf(getOrganization());
    expect(err).toBeInstanceOf(PermissionError);
    expect(err.message).toMatch(/^getOrganization failed: 403 /);
    expect(count(err.message, "getOrganization")).toBe(1);
    expect(err.operation).toBe("getOrganization");
    // Uncaught in a program, Pulumi prints it by its message alone, without a stack trace.
    expect(pulumi.RunError.isInstance(err)).toBe(true);
    expect(readFileSync(auditLog, "utf8")).toContain('"operation":"getOrganization"');
  });

  it("and before the endpoint call it made, when that has another name", async () => {
    await refuse("GET /v1/organizations/users");
    const err = await rejectionOf(getUsers());
    expect(err.message).toMatch(/^getUsers: listUsers failed: 403 /);
    expect(count(err.message, "getUsers")).toBe(1);
  });

  it("when no admin key is configured", async () => {
    delete process.env.ANTHROPIC_ADMIN_KEY;
    const err = await rejectionOf(getOrganization());
    expect(err).toBeInstanceOf(ConfigurationError);
    expect(err.message).toMatch(/^getOrganization: No Anthropic Admin API key is configured/);
    expect(count(err.message, "getOrganization")).toBe(1);
    expect(pulumi.RunError.isInstance(err)).toBe(true);
  });
});
