import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TimeoutError } from "../../provider/client";
import { createAdminClient } from "../../provider/settings/admin-client";
import { rejectionOf } from "../support/admin-client";

const pkg = require("../../package.json") as { version: string };

// A plain loopback server that records what arrives, to see the exact headers and connections.
const seen: Array<{ method: string; url: string; headers: IncomingHttpHeaders; socketPort: number; body: string }> = [];
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, socketPort: req.socket.remotePort!, body });
      res.setHeader("content-type", "application/json");
      res.setHeader("request-id", `req_${seen.length}`);
      if (req.url === "/v1/organizations/users/slow") return void setTimeout(() => res.end("{}"), 2000);
      res.end(JSON.stringify({ id: "org_1", name: "Org", type: "organization" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  seen.length = 0;
});

describe("transport", () => {
  it("sends the key, the API version, JSON content type and a pulumi-anthropic user agent", async () => {
    const client = createAdminClient({ adminKey: "sk-ant-admin01-headers", baseUrl: url });
    await client.getOrganization();
    await rejectionOf(client.createInvite({ email: "x@example.com", role: "user" }));
    const [get, post] = seen;
    expect(get!.headers["x-api-key"]).toBe("sk-ant-admin01-headers");
    expect(get!.headers["anthropic-version"]).toBe("2023-06-01");
    expect(get!.headers["user-agent"]).toBe(`pulumi-anthropic/${pkg.version} node/${process.versions.node}`);
    expect(get!.headers["content-type"]).toBeUndefined();
    expect(post!.method).toBe("POST");
    expect(post!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(post!.body)).toEqual({ email: "x@example.com", role: "user" });
  });

  it("reuses warm connections across every client in the process", async () => {
    for (let i = 0; i < 6; i++) {
      await createAdminClient({ adminKey: "sk-ant-admin01-a", baseUrl: url }).getOrganization();
    }
    expect(seen).toHaveLength(6);
    // undici may open a second socket while the first is still finishing a response; never one per call.
    expect(new Set(seen.map((s) => s.socketPort)).size).toBeLessThanOrEqual(2);
    expect(seen[0]!.headers.connection ?? "keep-alive").toBe("keep-alive");
  });

  it("ends a hung request at the whole-request timeout", async () => {
    const client = createAdminClient({ adminKey: "sk-ant-admin01-a", baseUrl: url, timeouts: { requestMs: 200 }, retry: { maxRetries: 0 } });
    const started = Date.now();
    const err = await rejectionOf(client.getUser("slow"));
    expect(Date.now() - started).toBeLessThan(1500);
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err.code).toBe("ANTHROPIC_TIMEOUT");
    expect(err.message).toBe(`getUser failed: timed out: no complete response within 200 ms (TIMEOUT) talking to ${new URL(url).host}.`);
  });

  it("refuses plain http to a non-loopback host before connecting", () => {
    expect(() => createAdminClient({ adminKey: "k", baseUrl: "http://api.example.com" })).toThrowError(/^baseUrl uses plain http:\/\//);
  });
});
