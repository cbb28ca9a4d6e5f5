#!/usr/bin/env node
import { parseArgs } from "node:util";
import { startEmulator } from "./index";

// `pulumi-anthropic-emulator --port N --admin-key K`: serves until SIGINT/SIGTERM.

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8787" },
      host: { type: "string", default: "127.0.0.1" },
      "admin-key": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write("Usage: pulumi-anthropic-emulator [--port N (0 = any)] [--host 127.0.0.1] [--admin-key K]\n");
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: '${values.port}' is not a port number`);
  const emulator = await startEmulator({ port, host: values.host, adminKey: values["admin-key"] });
  process.stdout.write(`Anthropic Admin API emulator listening on ${emulator.url}\n`);
  // A generated key has to be shown once, or nobody could use the emulator; a given one is not echoed.
  process.stdout.write(values["admin-key"] ? "Admin key: the one given with --admin-key\n" : `Admin key: ${emulator.adminKey}\n`);
  process.stdout.write(`Control surface: ${emulator.url}/_emulator/ (loopback only)\n`);
  const stop = () => {
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`pulumi-anthropic-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
