import { isIP } from "node:net";
import { z } from "zod";
import { declareKind, input, named, output } from "../declare";
import { workspaceId } from "../fields";
import { headersInput } from "./headers";

/**
 * The rules the API documents for a destination's base URL: `https`, a hostname (not an IP address),
 * port 443 if one is given, no query string, fragment, username or password, at most 2,048 characters.
 */
export function endpointUrlProblem(raw: string): string | undefined {
  if (raw.length > 2048) return "must be at most 2,048 characters";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute https:// URL like "https://gateway.example.com"';
  }
  if (url.protocol !== "https:") return "must use https://";
  if (url.username || url.password) return "must not carry a username or password; send credentials in headers";
  if (raw.includes("?")) return "must not contain a query string";
  if (raw.includes("#")) return "must not contain a fragment";
  if (isIP(url.hostname.replace(/^\[|\]$/g, ""))) return "must use a hostname, not an IP address";
  // The URL parser drops the default port, so any port left is not 443.
  if (url.port !== "") return "must use port 443 (or none)";
  return undefined;
}

const endpointUrl = z.string({ error: "must be an https:// URL" }).check((ctx) => {
  const problem = endpointUrlProblem(ctx.value);
  if (problem) ctx.issues.push({ code: "custom", input: ctx.value, message: problem });
});

const workspaceList = z
  .array(workspaceId(), { error: "must be a list of workspace ids" })
  .max(1000, { error: "must list at most 1,000 workspaces" })
  .refine((ids) => new Set(ids).size === ids.length, { error: "must not list a workspace twice" });

export const workspacesInput = named(
  z.union(
    [z.literal("all"), z.strictObject({ include: workspaceList }), z.strictObject({ exclude: workspaceList })],
    { error: 'must be "all", { include: ["wrkspc_..."] } or { exclude: ["wrkspc_..."] }' },
  ),
  "TelemetryWorkspaces",
  "All workspaces (also those made later), only the listed ones, or all but the listed ones.",
);

/** Every input but `headers`, whose values are secrets and are checked apart (headers.ts). */
export const telemetryDestinationInputs = z.strictObject({
  endpointUrl: input(endpointUrl, {
    description:
      "The base URL of the collector's OTLP/HTTP endpoint, e.g. `https://gateway.example.com`: `https`, a hostname (not an " +
      "IP address), port 443, no query, fragment or credentials, at most 2,048 characters; the API appends `/v1/traces`. A " +
      "new host or port makes the API drop the registered headers, so they are sent again in the same request.",
    change: "update",
  }),
  displayName: input(
    z.string({ error: "must be a string" }).min(1, { error: "must be 1 to 255 characters" }).max(255, { error: "must be 1 to 255 characters" }).optional(),
    { description: "A human-readable name (1 to 255 characters); defaults to the resource's logical name.", change: "update" },
  ),
  workspaces: input(workspacesInput.default("all"), {
    description:
      "Which workspaces' spans are exported: `\"all\"` (default), `{ include: [ids] }` or `{ exclude: [ids] }`; list changes " +
      "go through the per-workspace routes, one request per workspace added or removed.",
    change: "update",
  }),
  enabled: input(z.boolean({ error: "must be true or false" }).optional(), {
    description:
      "`false` stops deliveries, `true` resumes them (also after the API disabled a failing destination). Unset leaves the live state alone.",
    change: "update",
  }),
});

export const declaration = declareKind({
  kind: "TelemetryDestination",
  inputs: telemetryDestinationInputs,
  checkedApart: z.strictObject({
    headers: input(headersInput.optional(), {
      description:
        "Request headers sent with every delivery, typically the collector's `authorization`. Always treated as secrets: " +
        "ciphertext in state, never shown in a plan, an error or an audit record. At most 20; reserved names (`host`, " +
        "`cookie`, `user-agent`, `content-*`, `proxy-*`, `x-forwarded-*`, `anthropic-*`) are refused. The API never returns " +
        "header values, only their names: a value changed outside Pulumi cannot be seen by refresh (a header added or " +
        "removed outside Pulumi can, and is put back by the next `up`).",
      change: "update",
      secret: true,
    }),
  }),
  outputs: z.strictObject({
    endpointUrl: output(z.string(), { description: "The collector's base URL." }),
    displayName: output(z.string().optional(), { description: "The name as the API reports it; undefined when the destination has none." }),
    headerNames: output(z.array(z.string()), { description: "The names of the registered headers (their values are write-only)." }),
    headers: output(z.record(z.string(), z.string()).optional(), { description: "The declared headers, a secret.", secret: true }),
    workspaces: output(workspacesInput, { description: "Which workspaces' spans are exported." }),
    enabled: output(z.boolean(), { description: "Whether the destination receives deliveries, as the API reports it." }),
    disabledReason: output(z.string().nullable(), {
      description: "Why it is disabled (`caller`, `sustained_failure`, `invalid_address`, `redirect`); null while enabled.",
    }),
  }),
});

export type WorkspacesInput = z.output<typeof workspacesInput>;

export type TelemetryDestinationInputs = z.output<typeof telemetryDestinationInputs> & {
  /** Header name -> value, sent with every delivery (typically an authorization token): secrets. */
  headers?: Record<string, string>;
};

export interface TelemetryDestinationOutputs extends TelemetryDestinationInputs {
  displayName?: string;
  /** The names of the registered headers, as the API reports them (values are write-only). */
  headerNames: string[];
  /** Live, whether declared or not. */
  enabled: boolean;
  /** `caller`, `sustained_failure`, `invalid_address` or `redirect` while disabled; null while enabled. */
  disabledReason: string | null;
}
