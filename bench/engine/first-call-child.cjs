// Run by first-call.mjs in a fresh node process, in a project directory: makes the provider's first
// calls (configure, check, create) and prints when each step ended, in milliseconds since the epoch
// (performance.timeOrigin + performance.now(), comparable across processes on one machine).
//   mode "implementation": require("pulumi-anthropic/internal/dynamic").implementation("Workspace")
//   mode "serialized": the `__provider` text of a Workspace in a checkpoint (file given), evaluated as
//     the dynamic-provider host evaluates it (require-from-string, then .handler())
// The admin key comes in the environment, never on the command line.
const { readFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { join } = require("node:path");

const load = createRequire(join(process.cwd(), "index.js"));
const [mode, baseUrl, name, providerFile] = process.argv.slice(2);
const config = { "anthropic:adminKey": process.env.BENCH_ADMIN_KEY, "anthropic:baseUrl": baseUrl };
const now = () => performance.timeOrigin + performance.now();

// The host has @pulumi/pulumi loaded before it deserializes any provider; only the package is new.
load("@pulumi/pulumi");
const requireFromString = createRequire(load.resolve("@pulumi/pulumi/package.json"))("require-from-string");
const providerText = providerFile ? readFileSync(providerFile, "utf8") : undefined;

(async () => {
  const marks = { start: now() };
  const provider = mode === "serialized"
    ? requireFromString(providerText).handler()
    : load("pulumi-anthropic/internal/dynamic").implementation("Workspace");
  marks.loaded = now();
  await provider.configure({ config: { get: (key) => config[key] } });
  marks.configure = now();
  // As the engine sends a first create's inputs: the name and the owner URN the Workspace class adds.
  const news = { name, __owner: `urn:pulumi:bench::first-call::pulumi-nodejs:dynamic/anthropic:Workspace::${name}` };
  const checked = await provider.check({}, news);
  if (checked.failures?.length) throw new Error(`check failed: ${JSON.stringify(checked.failures)}`);
  marks.check = now();
  await provider.create(checked.inputs);
  marks.create = now();
  process.stdout.write(JSON.stringify(marks));
  process.exit(0);
})().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
