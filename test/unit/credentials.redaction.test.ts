import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type AuditRecord, createAuditor } from "../../provider/base/audit";
import { formatHttpErrorMessage } from "../../provider/client/errors";
import { redact } from "../../provider/base/redaction";
import { hintFor } from "../../provider/credentials/request-credentials";

// Neither an OAuth access token nor an identity token may reach an error or an audit record, and the
// 401/403 hint names the credential the request actually carried.

const ACCESS_TOKEN = "opaque-access-token-from-federation-0123456789";
const IDENTITY_TOKEN = "eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJyZXBvOmFjbWUvYXBwIn0.c2lnbmF0dXJlLXZhbHVl";

describe("redaction of OAuth and identity tokens", () => {
  it("masks a given token of any shape, a Bearer credential a proxy echoes, and any signed JWT", () => {
    expect(redact(`token ${ACCESS_TOKEN} refused`, [ACCESS_TOKEN])).toBe("token [REDACTED] refused");
    expect(redact("echo: Authorization: Bearer abc.DEF-123_x~/+= end")).toBe("echo: Authorization: Bearer [REDACTED] end");
    expect(redact(`assertion ${IDENTITY_TOKEN}`)).toBe("assertion [REDACTED]");
  });

  it("the auditor masks every credential it is given in every field, in the file and for observers", () => {
    const file = join(mkdtempSync(join(tmpdir(), "audit-secrets-")), "audit.jsonl");
    const seen: AuditRecord[] = [];
    const audit = createAuditor({ file, onRecord: (r) => seen.push(r), secrets: () => [ACCESS_TOKEN, undefined] });
    audit({
      time: "2026-01-01T00:00:00.000Z", operation: `Workspace "${ACCESS_TOKEN}": createWorkspace`, method: "POST",
      path: `/v1/organizations/workspaces/${IDENTITY_TOKEN}`, queryKeys: [ACCESS_TOKEN], status: 401, elapsedMs: 1, attempt: 1,
      requestId: null, outcome: "error",
    });
    const line = readFileSync(file, "utf8");
    for (const text of [line, JSON.stringify(seen)]) {
      expect(text).not.toContain(ACCESS_TOKEN);
      expect(text).not.toContain(IDENTITY_TOKEN);
    }
    expect(seen[0]).toMatchObject({ operation: 'Workspace "[REDACTED]": createWorkspace', status: 401 });
  });
});

describe("401 and 403 hints name the credential used", () => {
  const message = (status: number, credential?: ReturnType<typeof hintFor>) =>
    formatHttpErrorMessage({ operation: "createWorkspace", status, serverMessage: "no", attempts: 1, credential });

  it("the admin key keeps the words it always had", () => {
    expect(message(401, hintFor("adminKey", "any"))).toBe(message(401));
    expect(message(403, hintFor("adminKey", "any"))).toBe(message(403));
  });

  it("an admin key on an OAuth-only endpoint: the 403 says which credential to set instead", () => {
    expect(message(403, hintFor("adminKey", "oauth"))).toContain("takes only an OAuth access token with the org:admin scope, never an admin key");
  });

  it("an OAuth token, top-level or of a named organization", () => {
    expect(message(401, hintFor("authToken", "any"))).toMatch(/Check the OAuth access token \(anthropic:authToken \/ ANTHROPIC_AUTH_TOKEN\): it may have expired/);
    expect(message(403, hintFor("authToken", "oauth", "ci"))).toContain("The OAuth access token (anthropic:organizations.ci.authToken) must have the org:admin scope");
    for (const status of [401, 403]) expect(message(status, hintFor("authToken", "any"))).not.toMatch(/admin key/);
  });

  it("federation names the rule, and the Console step an org:admin rule needs", () => {
    expect(message(401, hintFor("federation", "any", undefined, "fdrl_1"))).toContain("The access token from federation rule fdrl_1 (anthropic:federation / ANTHROPIC_FEDERATION_RULE_ID) was refused, also after a fresh exchange");
    expect(message(403, hintFor("federation", "any", undefined, "fdrl_1"))).toContain("oauth_scope is org:admin (created once in the Console)");
  });
});
