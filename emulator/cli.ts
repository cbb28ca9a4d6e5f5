#!/usr/bin/env node
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEMO_ORGANIZATION } from "./demo-organization";
import { startEmulator } from "./index";
import { applySeed, readSeedFile, type SeedFile } from "./seed-file";
import { isOrganizationType } from "./organization-kind";

// `pulumi-anthropic-emulator`: a local Anthropic Admin API for Pulumi programs; serves until SIGINT/SIGTERM.

const HELP = `Usage: pulumi-anthropic-emulator [options]

A local Anthropic Admin API (workspaces, API keys and their creation, invites, members, spend and
rate limits, usage and cost, webhooks, telemetry export, customer-managed keys, compliance, RBAC,
service accounts and workload identity federation) for running Pulumi programs without a real
organization.

Options:
  --port N            port to listen on; 0 picks a free one            (default 8787)
  --host ADDR         address to listen on; keep it loopback           (default 127.0.0.1)
  --admin-key KEY     the admin key programs must send                 (default: generated, printed once)
  --seed FILE         start from this organization instead of the demo one:
                      {"users": [{"email", "name"?, "role"?}],
                       "workspaces": [{"name", "display_color"?, "tags"?}],
                       "usage": {"seed"?, "weeks"?, "workspaces"?: [names], "models"?}}
  --empty             start with no members or workspaces besides the admin user and the
                      default workspace (instead of the demo organization)
  --state-file FILE   keep the organization in FILE: read at start when it exists (then no
                      seed is applied), written (atomically) after every change, so a restart
                      keeps what stacks created; the file's organization type wins over
                      --organization-type; it never holds a key, signing secret or header value
  --organization-type console|enterprise
                      the kind of organization: Claude Console or Claude Enterprise
                      (Enterprise-only: RBAC groups, the managed role, effective spend limits,
                      user sign-out)                                   (default console)
  -h, --help          this text

Without --seed or --empty it starts with a demo organization: ${describe(DEMO_ORGANIZATION)}
(examples/quickstart manages alice@example.com as an existing member).

Control surface (loopback only, no key): GET <url>/_emulator/ lists its routes: seed users and
workspaces, accept or expire invites, edit or delete objects out of band, request counts, faults.

Point a stack at it with the \`pulumi config set\` lines it prints when it starts: the URL and the
admin key; the OAuth token (anthropic:authToken) only for service accounts and federation.
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8787" },
      host: { type: "string", default: "127.0.0.1" },
      "admin-key": { type: "string" },
      seed: { type: "string" },
      empty: { type: "boolean" },
      "state-file": { type: "string" },
      "organization-type": { type: "string", default: "console" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: '${values.port}' is not a port number`);
  const organizationType = values["organization-type"];
  if (!isOrganizationType(organizationType)) throw new Error(`--organization-type: '${organizationType}' is not console or enterprise`);
  if (values.seed && values.empty) throw new Error("--seed and --empty: give one of them");
  const seed = values.empty ? undefined : values.seed ? readSeedFile(values.seed) : DEMO_ORGANIZATION;
  const stateFile = values["state-file"];
  // A saved organization already holds its members; seeding it again would add them twice.
  const restored = stateFile !== undefined && existsSync(stateFile);
  const emulator = await startEmulator({ port, host: values.host, adminKey: values["admin-key"], stateFile, organizationType });
  if (seed && !restored) await applySeed(emulator.control, seed);
  process.stdout.write(`Anthropic Admin API emulator listening on ${emulator.url}\n`);
  process.stdout.write(`Control surface: ${emulator.url}/_emulator/ (loopback only)\n`);
  const origin = restored ? `restored from ${stateFile}` : values.empty ? "empty (--empty)" : values.seed ? `seeded from ${values.seed}` : "the demo organization (--empty starts bare)";
  process.stdout.write(`Organization: ${origin}${seed && !restored ? `: ${describe(seed)}` : ""}\n`);
  // A generated key has to be shown once, or nobody could use the emulator; a given one is not echoed.
  const key = values["admin-key"] ? "<the key given with --admin-key>" : emulator.adminKey;
  process.stdout.write(
    "Point a stack at it:\n" +
      `  pulumi config set anthropic:baseUrl ${emulator.url}\n` +
      `  pulumi config set --secret anthropic:adminKey ${key}\n`,
  );
  // Service accounts and federation take only an OAuth token with `org:admin`, never the admin key.
  process.stdout.write(
    "OAuth access token (org:admin, as `ant auth login --scope org:admin` gives; service accounts and federation need it):\n" +
      `  pulumi config set --secret anthropic:authToken ${emulator.oauthToken}\n`,
  );
  const stop = () => {
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

function describe(seed: SeedFile): string {
  const users = (seed.users ?? []).map((u) => `${u.email} (${u.role ?? "user"})`);
  const workspaces = (seed.workspaces ?? []).map((w) => `"${w.name}"`);
  const usage = seed.usage ? `; ${seed.usage.weeks} weeks of usage in ${(seed.usage.workspaces ?? ["every workspace"]).map((w) => `"${w}"`).join(", ")}` : "";
  return `members ${users.join(", ") || "none"}; workspaces ${workspaces.join(", ") || "none"}${usage}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`pulumi-anthropic-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
