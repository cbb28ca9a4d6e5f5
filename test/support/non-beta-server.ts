import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Fields the SDK declares only in the beta shape of an object (`client.beta.organization`), by the
 * object's `type`: what a server answering the non-beta shape (`client.organization`) leaves out.
 */
export const BETA_ONLY_FIELDS: Record<string, readonly string[]> = {
  federation_rule: ["workspace_id", "attributes"],
  compliance_settings: ["access_transparency"],
  workspace: ["inference_data_privacy"],
  aws: ["role_arn"],
};

function nonBeta(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nonBeta);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const dropped = BETA_ONLY_FIELDS[record.type as string] ?? [];
  return Object.fromEntries(Object.entries(record).filter(([key]) => !dropped.includes(key)).map(([key, inner]) => [key, nonBeta(inner)]));
}

const forwarded = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(Object.entries(headers).filter(([name, value]) => typeof value === "string" && name !== "host" && name !== "content-length")) as Record<string, string>;

/**
 * A loopback server in front of `target` (the emulator) that answers every API request in the non-beta
 * shape: the emulator's answer without the beta-only fields. Everything else passes through as it is.
 */
export async function startNonBetaServer(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const answer = await fetch(`${target}${req.url}`, { method: req.method, headers: forwarded(req.headers), body });
    const text = await answer.text();
    const json = (answer.headers.get("content-type") ?? "").includes("json") && text ? JSON.stringify(nonBeta(JSON.parse(text))) : text;
    const headers = Object.fromEntries([...answer.headers].filter(([name]) => !["content-length", "content-encoding", "transfer-encoding", "connection"].includes(name)));
    res.writeHead(answer.status, headers).end(json);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
