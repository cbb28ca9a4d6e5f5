// Preloaded (NODE_OPTIONS=--require) into every node process of a benchmarked pulumi command; acts only in
// the dynamic provider's processes. Appends one JSON line per provider process to
// $BENCH_PROVIDER_CPU_FILE when it ends: its CPU time (user + system, ms) in all, and from the moment it
// serves the engine (the gRPC service registered, after node and @pulumi/pulumi loaded) to its end. The
// second is what the provider's own code adds to the host's, apart from the engine's and the other
// processes' time. The engine ends its plugins with SIGINT: the line is written, then the signal does what it
// would have done.
"use strict";
const file = process.env.BENCH_PROVIDER_CPU_FILE;
const provider = /[\\/]dynamic-provider[\\/]/.test(process.argv[1] ?? "");
if (file && provider) {
  const { appendFileSync } = require("node:fs");
  const Module = require("node:module");
  const ms = (usage) => (usage.user + usage.system) / 1000;
  let serving;
  let written = false;
  // The host registers its service on a grpc-js Server: that is when it starts taking calls.
  const load = Module._load;
  Module._load = function (request, ...rest) {
    const loaded = load.call(this, request, ...rest);
    if (request === "@grpc/grpc-js" && loaded?.Server && !serving) {
      const addService = loaded.Server.prototype.addService;
      loaded.Server.prototype.addService = function (...args) {
        serving ??= process.cpuUsage();
        return addService.apply(this, args);
      };
    }
    return loaded;
  };
  const write = () => {
    if (written) return;
    written = true;
    const end = process.cpuUsage();
    const line = { cpuMs: ms(end), servingCpuMs: serving ? ms(end) - ms(serving) : null };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
  process.on("exit", write);
  process.once("SIGINT", () => {
    write();
    process.kill(process.pid, "SIGINT");
  });
}
