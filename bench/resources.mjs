#!/usr/bin/env node
// Prints JSON figures: the size of the provider code Pulumi stores with every resource, and the Admin
// API requests and time each resource operation takes against the emulator. Run after a build:
// `npm run bench` (or `node bench/resources.mjs [iterations]`).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(repo, "package.json"));
const { serializeFunction } = require("@pulumi/pulumi/runtime");
const { dynamicProvider } = require(join(repo, "dist/provider/resources/shim.js"));
const { implementation } = require(join(repo, "dist/provider/dynamic/implementation.js"));
const { startEmulator } = require(join(repo, "dist/emulator/index.js"));

const iterations = Number(process.argv[2] ?? 20);
const kinds = ["Workspace", "ApiKey", "UserInvite", "WorkspaceMember", "OrganizationMember"];

// Serialized from this checkout, where the package is not under node_modules, so Pulumi writes the
// provider by value. What an installed package stores per resource is bench/engine.mjs's engine.state.
for (const kind of kinds) {
  const provider = dynamicProvider(kind);
  const { text } = await serializeFunction(() => provider, { allowSecrets: true });
  console.log(JSON.stringify({ figure: "serializedProviderBytes", kind, bytes: Buffer.byteLength(text), from: "checkout (by value)" }));
}

const emulator = await startEmulator({ port: 0 });
const config = { "anthropic:adminKey": emulator.adminKey, "anthropic:baseUrl": emulator.url };
const handlers = Object.fromEntries(kinds.map((kind) => [kind, implementation(kind)]));
await handlers.Workspace.configure({ config: { get: (key) => config[key] } });

/** Runs `op` `iterations` times; reports requests per call and the median and p95 wall time. */
async function measure(name, op) {
  const times = [];
  let requests = 0;
  for (let i = 0; i < iterations; i++) {
    await emulator.control.resetRequests();
    const started = performance.now();
    await op(i);
    times.push(performance.now() - started);
    requests += (await emulator.control.requests()).total;
  }
  times.sort((a, b) => a - b);
  const at = (q) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 10) / 10;
  console.log(JSON.stringify({ figure: "operation", name, requestsPerCall: requests / iterations, p50Ms: at(0.5), p95Ms: at(0.95), iterations }));
}

const ws = handlers.Workspace;
const plain = await ws.create({ name: "bench" });
const limited = await ws.create({ name: "limited", spendLimit: { monthlyUsd: 100 }, rateLimits: { requestsPerMinute: 100 } });
await measure("Workspace.create (plain)", (i) => ws.create({ name: `plain-${i}` }));
await measure("Workspace.create (spend + rate limits)", (i) => ws.create({ name: `lim-${i}`, spendLimit: { monthlyUsd: 100 }, rateLimits: { requestsPerMinute: 100 } }));
await measure("Workspace.read (plain)", () => ws.read(plain.id, plain.outs));
await measure("Workspace.read (spend + rate limits)", () => ws.read(limited.id, limited.outs));
await measure("Workspace.diff", () => ws.diff(plain.id, plain.outs, { name: "renamed" }));
await measure("Workspace.update (rename)", (i) => ws.update(plain.id, plain.outs, { name: `renamed-${i}` }));

const key = handlers.ApiKey;
const made = await key.create({ name: "bench", workspaceId: plain.id });
await measure("ApiKey.create", (i) => key.create({ name: `k-${i}`, workspaceId: plain.id }));
await measure("ApiKey.read", () => key.read(made.id, made.outs));
await measure("ApiKey.delete", async (i) => {
  const k = await key.create({ name: `d-${i}`, workspaceId: plain.id });
  await emulator.control.resetRequests();
  return key.delete(k.id, k.outs);
});

const invite = handlers.UserInvite;
await measure("UserInvite.create", (i) => invite.create({ email: `bench-${i}@example.com`, role: "user" }));
await measure("Workspace.delete (archive)", async (i) => {
  const w = await ws.create({ name: `gone-${i}` });
  await emulator.control.resetRequests();
  return ws.delete(w.id, w.outs);
});

await emulator.close();
