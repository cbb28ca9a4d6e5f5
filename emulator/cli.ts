#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startEmulator } from "./index";

// `pulumi-anthropic-emulator`: a local Anthropic Admin API for Pulumi programs; serves until SIGINT/SIGTERM.

const HELP = `Usage: pulumi-anthropic-emulator [options]

A local Anthropic Admin API (workspaces, API keys and their creation, invites, members, spend and
rate limits, usage and cost) for running Pulumi programs without a real organization.

Options:
  --port N            port to listen on; 0 picks a free one            (default 8787)
  --host ADDR         address to listen on; keep it loopback           (default 127.0.0.1)
  --admin-key KEY     the admin key programs must send                 (default: generated, printed once)
  --seed FILE         JSON to start from: {"users": [{"email", "name"?, "role"?}],
                      "workspaces": [{"name", "display_color"?, "tags"?}]}
  --state-file FILE   keep the organization in FILE: read at start when it exists, written
                      (atomically) after every change, so a restart keeps what stacks created
  -h, --help          this text

Control surface (loopback only, no key): GET <url>/_emulator/ lists its routes: seed users and
workspaces, accept or expire invites, edit or delete objects out of band, request counts, faults.

Point a stack at it with the two \`pulumi config set\` lines it prints when it starts.
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8787" },
      host: { type: "string", default: "127.0.0.1" },
      "admin-key": { type: "string" },
      seed: { type: "string" },
      "state-file": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: '${values.port}' is not a port number`);
  const seed = values.seed ? readSeed(values.seed) : undefined;
  const emulator = await startEmulator({ port, host: values.host, adminKey: values["admin-key"], stateFile: values["state-file"] });
  if (seed) {
    if (seed.users?.length) await emulator.control.seedUsers(seed.users);
    for (const workspace of seed.workspaces ?? []) await emulator.control.seedWorkspace(workspace);
  }
  process.stdout.write(`Anthropic Admin API emulator listening on ${emulator.url}\n`);
  process.stdout.write(`Control surface: ${emulator.url}/_emulator/ (loopback only)\n`);
  // A generated key has to be shown once, or nobody could use the emulator; a given one is not echoed.
  const key = values["admin-key"] ? "<the key given with --admin-key>" : emulator.adminKey;
  process.stdout.write(
    "Point a stack at it:\n" +
      `  pulumi config set anthropic:baseUrl ${emulator.url}\n` +
      `  pulumi config set --secret anthropic:adminKey ${key}\n`,
  );
  const stop = () => {
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

interface Seed {
  users?: Array<{ email: string; name?: string; role?: "user" | "developer" | "billing" | "admin" | "claude_code_user" | "managed" }>;
  workspaces?: Array<{ name: string; displayColor?: string; tags?: Record<string, string> }>;
}

function readSeed(path: string): Seed {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`--seed ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const seed = parsed as { users?: unknown; workspaces?: Array<{ name?: unknown; display_color?: string; tags?: Record<string, string> }> };
  if (typeof parsed !== "object" || parsed === null || (seed.users !== undefined && !Array.isArray(seed.users)) || (seed.workspaces !== undefined && !Array.isArray(seed.workspaces))) {
    throw new Error(`--seed ${path}: must be {"users": [...], "workspaces": [...]}`);
  }
  return {
    users: seed.users as Seed["users"],
    workspaces: seed.workspaces?.map((w) => ({ name: String(w.name), displayColor: w.display_color, tags: w.tags })),
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`pulumi-anthropic-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
