#!/usr/bin/env node
// `pulumi` for a project directory, on machines where the Node.js language host cannot be built.
//
// The real Pulumi CLI runs every command. For the commands that run the program (up, preview, and
// refresh/destroy with --run-program) this script serves the project's `index.ts` itself, the way the
// Automation API's inline mode does: it starts a language runtime on loopback and passes its address to
// the CLI with `--client`. Everything else (config, stack export, flags, output) is the CLI's own.
// With a normal Pulumi install, run `pulumi` in the project directory instead.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const cwd = process.cwd();
const runsProgram = ["up", "update", "preview", "pre"].includes(args[0]) || args.includes("--run-program");
const program = ["index.ts", "index.js"].map((file) => join(cwd, file)).find(existsSync);

let shutdown = () => {};
if (runsProgram && program) {
  const require = createRequire(join(cwd, "package.json"));
  const grpc = require("@grpc/grpc-js");
  const { LanguageServer } = require("@pulumi/pulumi/automation/server");
  const { grpcChannelOptions } = require("@pulumi/pulumi/runtime");
  const langrpc = require("@pulumi/pulumi/proto/language_grpc_pb");
  const server = new grpc.Server(grpcChannelOptions);
  server.addService(langrpc.LanguageRuntimeService, new LanguageServer(programLoader(require)));
  const port = await new Promise((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  args.push(`--client=127.0.0.1:${port}`, "--exec-kind", "auto.inline");
  shutdown = () => server.forceShutdown();
}

/**
 * Runs the program the way the language host does (@pulumi/pulumi's cmd/run): a package.json with
 * `"type": "module"` makes it an ES module, loaded with import() (Node strips the types); anything else
 * (`"type": "commonjs"`, what `npm init -y` writes, or no type) is CommonJS, required through ts-node,
 * the project's own or the one @pulumi/pulumi vendors. Each call runs it afresh, so a preview and an
 * update in one process both execute it.
 */
function programLoader(require) {
  const manifest = join(cwd, "package.json");
  const type = existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).type : undefined;
  let run = 0;
  if (type === "module") {
    return async () => ({ ...(await import(`${pathToFileURL(program).href}?run=${++run}`)) });
  }
  if (program.endsWith(".ts")) registerTsNode(require);
  return async () => {
    for (const file of Object.keys(require.cache)) {
      if (file.startsWith(`${cwd}/`) && !file.includes("/node_modules/")) delete require.cache[file];
    }
    return { ...require(program) };
  };
}

/** ts-node as the language host registers it for a CommonJS project (same compiler choice and options). */
function registerTsNode(require) {
  const { typeScriptRequireStrings, loadTypeScriptCompilerOptions } = require("@pulumi/pulumi/tsutils");
  const { tsnodeRequire, typescriptRequire } = typeScriptRequireStrings();
  const tsconfig = process.env.PULUMI_NODEJS_TSCONFIG_PATH ?? "tsconfig.json";
  const compilerOptions = loadTypeScriptCompilerOptions(tsconfig);
  const transpileOnly = process.env.PULUMI_NODEJS_TRANSPILE_ONLY ? process.env.PULUMI_NODEJS_TRANSPILE_ONLY === "true" : compilerOptions.noCheck;
  const [major, minor] = require(typescriptRequire).version.split(".").map(Number);
  const nodeNext = major > 4 || (major === 4 && minor >= 7);
  require(tsnodeRequire).register({
    compiler: typescriptRequire,
    transpileOnly,
    project: tsconfig,
    skipProject: !existsSync(join(cwd, tsconfig)),
    compilerOptions: {
      target: "ES2020",
      module: nodeNext ? "nodenext" : "commonjs",
      moduleResolution: nodeNext ? "nodenext" : "node",
      sourceMap: "true",
      ...compilerOptions,
    },
  });
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
