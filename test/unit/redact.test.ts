import { describe, expect, it } from "vitest";
import { redact } from "../../provider/base/redaction";

describe("redact", () => {
  it("masks every Anthropic key pattern, whatever its kind", () => {
    const text = "admin sk-ant-admin01-AbC_d-123 and api sk-ant-api03-zzz9 end";
    expect(redact(text)).toBe("admin [REDACTED] and api [REDACTED] end");
  });

  it("masks the configured key even when it does not look like an Anthropic key", () => {
    const key = "emulator-admin-key-42";
    expect(redact(`bad key ${key}, again ${key}`, [key])).toBe("bad key [REDACTED], again [REDACTED]");
  });

  it("ignores short or missing secrets instead of masking ordinary words", () => {
    expect(redact("the key is fine", ["key", undefined, ""])).toBe("the key is fine");
  });

  it("leaves text without key material unchanged", () => {
    const text = "createWorkspace failed: 404 not_found_error: no such workspace (request-id req_123)";
    expect(redact(text, ["sk-ant-admin01-unrelated"])).toBe(text);
  });

  it("masks a key embedded in JSON and in a header dump", () => {
    const out = redact('{"x-api-key":"sk-ant-admin01-CANARY-abc"} x-api-key: sk-ant-admin01-CANARY-abc');
    expect(out).not.toContain("CANARY");
    expect(out).toBe('{"x-api-key":"[REDACTED]"} x-api-key: [REDACTED]');
  });
});
