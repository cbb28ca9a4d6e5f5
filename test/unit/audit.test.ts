import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { type AuditRecord, createAuditor } from "../../provider/base/audit";

const record = (overrides: Partial<AuditRecord> = {}): AuditRecord => ({
  time: "2026-03-01T12:00:00.000Z",
  operation: "getWorkspace",
  method: "GET",
  path: "/v1/organizations/workspaces/wrkspc_1",
  queryKeys: [],
  status: 200,
  elapsedMs: 12,
  attempt: 1,
  requestId: "req_1",
  outcome: "ok",
  ...overrides,
});

describe("audit log", () => {
  it("appends one JSON line per record, in order, to a private file", () => {
    const file = join(mkdtempSync(join(tmpdir(), "audit-")), "audit.log");
    const audit = createAuditor({ file });
    audit(record());
    audit(record({ attempt: 2, status: 429, outcome: "retry" }));
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toEqual(record());
    expect(JSON.parse(lines[1]!)).toMatchObject({ attempt: 2, status: 429, outcome: "retry" });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("hands each record to an observer, and an observer's failure does not escape", () => {
    const seen: string[] = [];
    const audit = createAuditor({
      onRecord: (r, line) => {
        seen.push(line);
        if (r.attempt === 1) throw new Error("observer bug");
      },
    });
    expect(() => audit(record())).not.toThrow();
    expect(seen).toEqual([JSON.stringify(record())]);
  });

  it("keeps working when the file cannot be written, and warns once per file", () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
    const audit = createAuditor({ file: "/nonexistent-dir/for/sure/audit.log" });
    expect(() => audit(record())).not.toThrow();
    expect(() => audit(record({ attempt: 2 }))).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/^cannot write the Anthropic audit log \/nonexistent-dir\/for\/sure\/audit\.log: ENOENT/);
    warn.mockRestore();
  });
});
