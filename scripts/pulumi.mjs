#!/usr/bin/env node
// `pulumi` for a project directory, on machines where the Node.js language host cannot be built.
//
// The real Pulumi CLI runs every command. For the commands that run the program (up, preview, and
// refresh/destroy with --run-program) this script serves the project's `index.ts` itself, the way the
// Automation API's inline mode does: it starts a language runtime on loopback and passes its address to
// the CLI with `--client`. Everything else (config, stack export, flags, output) is the CLI's own.
// With a normal Pulumi install, run `pulumi` in the project directory instead.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const cwd = process.cwd();
const runsProgram = ["up", "update", "preview", "pre"].includes(args[0]) || args.includes("--run-program");
const program = ["index.ts", "index.js"].map((file) => join(cwd, file)).find(existsSync);

let shutdown = () => {};
if (runsProgram && program) {
  // Node notes, on every run, that it detected ES module syntax in index.ts; that is expected here.
  process.removeAllListeners("warning");
  process.on("warning", (w) => w.code !== "MODULE_TYPELESS_PACKAGE_JSON" && console.warn(`${w.name}: ${w.message}`));
  const require = createRequire(join(cwd, "package.json"));
  const grpc = require("@grpc/grpc-js");
  const { LanguageServer } = require("@pulumi/pulumi/automation/server");
  const { grpcChannelOptions } = require("@pulumi/pulumi/runtime");
  const langrpc = require("@pulumi/pulumi/proto/language_grpc_pb");
  let run = 0;
  // A fresh module instance for every run, so a preview and an update in one process both execute it.
  const server = new grpc.Server(grpcChannelOptions);
  server.addService(
    langrpc.LanguageRuntimeService,
    new LanguageServer(async () => ({ ...(await import(`${pathToFileURL(program).href}?run=${++run}`)) })),
  );
  const port = await new Promise((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  args.push(`--client=127.0.0.1:${port}`, "--exec-kind", "auto.inline");
  shutdown = () => server.forceShutdown();
}

const child = spawn(process.env.PULUMI_CLI ?? "pulumi", args, { stdio: "inherit" });
child.on("error", (err) => {
  console.error(`pulumi: ${err.message} (is the Pulumi CLI on PATH? run: bash scripts/setup-pulumi.sh)`);
  process.exit(127);
});
child.on("exit", (code, signal) => {
  shutdown();
  process.exit(signal ? 1 : (code ?? 1));
});
