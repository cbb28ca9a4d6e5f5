import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { useEmulator } from "../support/emulator";

// What each step of a program and of the dynamic provider loads, read from `require.cache` of a fresh
// Node process that loads the built package by name (node_modules/pulumi-anthropic -> dist), as a
// user's program and the provider host do (so it checks the last build: scripts/env.sh rebuilds dist/
// when sources changed). A deterministic check, not a timing: zod and undici (about 40 ms each to load)
// must wait until something needs them.

const repo = resolve(__dirname, "../..");
const emulator = useEmulator();

interface Loaded {
  zod: number;
  undici: number;
  /** Files of the package's own code that the step must not need, e.g. dist/provider/functions/calls/users.js. */
  unneeded: string[];
}

// Runs first in every child: `loaded(unneeded)` counts the modules of zod and undici in require.cache and
// lists the loaded files of the package that match `unneeded`. The provider's stand-in for zod's locales
// index (provider/base/lazy-zod-locales.ts) is in require.cache before zod loads, but runs no code of zod
// and has loaded no translation: it is not counted.
const prelude = `
const standIn = (id) => /[\\/]zod[\\/]v4[\\/]locales[\\/]index\\.cjs$/.test(id) && require.cache[id].children.length === 0;
const loadedFiles = () => Object.keys(require.cache).filter((id) => !standIn(id)).map((id) => id.split(require("node:path").sep).join("/"));
const loaded = (unneeded = /^$/) => ({
  zod: loadedFiles().filter((id) => id.includes("/node_modules/zod/")).length,
  undici: loadedFiles().filter((id) => id.includes("/node_modules/undici/")).length,
  unneeded: loadedFiles().filter((id) => id.includes("/dist/provider/") && unneeded.test(id)).map((id) => id.replace(/.*\\/dist\\//, "")),
});
const report = (value) => console.log(JSON.stringify(value));
`;

/** Runs `script` in a fresh Node process at the repository root and returns what it reported last. */
function inFreshProcess<T>(script: string, env: Record<string, string> = {}): Promise<T> {
  return new Promise((done, fail) => {
    // Asynchronous: the emulator answering the child runs in this process.
    execFile(process.execPath, ["-e", `${prelude}\n(async () => {\n${script}\n})().catch((err) => { console.error(err); process.exit(1); });`], {
      cwd: repo,
      env: { ...process.env, ANTHROPIC_ADMIN_KEY: "", ANTHROPIC_BASE_URL: "", ...env },
      timeout: 20_000,
    }, (error, stdout, stderr) => {
      if (error) fail(new Error(`${error.message}\n${stderr}`));
      else done(JSON.parse(stdout.trim().split("\n").pop()!) as T);
    });
  });
}

const emulatorEnv = () => ({ ANTHROPIC_BASE_URL: emulator.url, ANTHROPIC_ADMIN_KEY: emulator.adminKey });

// Files of the package (paths under dist/provider/), interpolated into the children's scripts.
const functionCalls = /\/functions\/calls\//;
const componentSchema = /\/components\/developer-access-args\.js$/;
const resourceCode = /\/resources\/[^/]+\/(schema|operations)\.js$/;
const loadedOnUse = new RegExp([functionCalls, componentSchema, resourceCode].map((r) => r.source).join("|"));
/** What the provider's handlers need: a kind's code, the client (its errors aside) and the settings. */
const handlerCode = /\/resources\/[^/]+\/|\/client\/(?!errors\.js)|\/dynamic\/settings\.js$/;
/** What a Workspace never needs in the provider: other kinds, the data functions, the component. */
const notForWorkspaces = /\/(functions|components)\/|\/resources\/(api-key|user-invite|workspace-member|organization-member)\//;
const otherCallsOrSchemas = new RegExp([/\/functions\/calls\/(?!organization\.js)/, componentSchema, resourceCode].map((r) => r.source).join("|"));

describe("a program", () => {
  test("importing the package loads neither zod nor undici, nor any data function or argument schema", async () => {
    const after = await inFreshProcess<Loaded>(`
      require("pulumi-anthropic");
      report(loaded(${loadedOnUse}));
    `);
    expect(after).toEqual({ zod: 0, undici: 0, unneeded: [] });
  });

  test("declaring resources loads neither: their inputs are checked by the provider", async () => {
    const after = await inFreshProcess<Loaded>(`
      const pulumi = require("@pulumi/pulumi");
      await pulumi.runtime.setMocks({ newResource: ({ name, inputs }) => ({ id: name + "-id", state: inputs }), call: () => ({}) }, "project", "stack", true);
      const anthropic = require("pulumi-anthropic");
      const workspace = new anthropic.Workspace("prod", { name: "Production", spendLimit: { monthlyUsd: 10 } });
      const key = new anthropic.ApiKey("portal", { workspaceId: workspace.id });
      const invite = new anthropic.UserInvite("alice", { email: "alice@example.com", role: "developer" });
      await new Promise((done) => pulumi.all([workspace.id, key.id, invite.id]).apply(done));
      report(loaded(${loadedOnUse}));
    `);
    expect(after).toEqual({ zod: 0, undici: 0, unneeded: [] });
  });

  test("the first data function call loads zod and undici, and that function's code only", async () => {
    const after = await inFreshProcess<Loaded & { organization: string }>(`
      const { getOrganization } = require("pulumi-anthropic");
      const { name } = await getOrganization();
      report({ organization: name, ...loaded(${otherCallsOrSchemas}) });
    `, emulatorEnv());
    expect(after.organization).toBeTruthy();
    expect(after.zod).toBeGreaterThan(0);
    expect(after.undici).toBeGreaterThan(0);
    expect(after.unneeded).toEqual([]);
  });

  test("the first DeveloperAccess loads its argument schema (zod), and a bad argument still fails the constructor", async () => {
    const after = await inFreshProcess<Loaded & { thrown: string; schemaBefore: string[] }>(`
      const { DeveloperAccess } = require("pulumi-anthropic");
      const schemaBefore = loaded(${componentSchema}).unneeded;
      let thrown = "nothing";
      try {
        new DeveloperAccess("dana", { email: "not an email" });
      } catch (err) {
        thrown = err.name;
      }
      report({ thrown, schemaBefore, ...loaded(${functionCalls}) });
    `);
    expect(after.schemaBefore).toEqual([]);
    expect(after.thrown).toBe("InvalidComponentArgumentsError");
    expect(after.zod).toBeGreaterThan(0);
    // Nothing was sent: no client, no transport.
    expect(after.undici).toBe(0);
    expect(after.unneeded).toEqual([]);
  });
});

describe("the dynamic provider", () => {
  test("loads a kind's handlers with zod on the kind's first call, undici with its first request, and nothing of other kinds", async () => {
    const steps = await inFreshProcess<Record<"implementation" | "configured" | "checked" | "created", Loaded>>(`
      require("@pulumi/pulumi"); // the provider host has it loaded before any call
      const config = { "anthropic:adminKey": process.env.KEY, "anthropic:baseUrl": process.env.URL };
      const steps = {};
      const unneeded = ${notForWorkspaces};
      const provider = require("pulumi-anthropic/internal/dynamic").implementation("Workspace");
      steps.implementation = loaded(${handlerCode});
      await provider.configure({ config: { get: (key) => config[key] } });
      steps.configured = loaded(unneeded);
      const checked = await provider.check({}, { name: "lazy-load" });
      if (checked.failures.length > 0) throw new Error(JSON.stringify(checked.failures));
      steps.checked = loaded(unneeded);
      await provider.create(checked.inputs);
      steps.created = loaded(unneeded);
      report(steps);
    `, { URL: emulator.url, KEY: emulator.adminKey });
    // Loading the entry point the shim requires loads no handler, client, zod or undici.
    expect(steps.implementation).toEqual({ zod: 0, undici: 0, unneeded: [] });
    expect(steps.configured.undici).toBe(0);
    expect(steps.checked.zod).toBeGreaterThan(0);
    // A check sends nothing (this one), so the HTTP client's transport is not loaded yet.
    expect(steps.checked.undici).toBe(0);
    expect(steps.created.undici).toBeGreaterThan(0);
    for (const step of [steps.configured, steps.checked, steps.created]) expect(step.unneeded).toEqual([]);
    expect(await emulator.control.requests().then((r) => r.total)).toBeGreaterThan(0);
  });

  test("a Workspace's first create builds only the wire schemas its calls use", async () => {
    const built = await inFreshProcess<string[]>(`
      require("@pulumi/pulumi");
      const config = { "anthropic:adminKey": process.env.KEY, "anthropic:baseUrl": process.env.URL };
      const provider = require("pulumi-anthropic/internal/dynamic").implementation("Workspace");
      await provider.configure({ config: { get: (key) => config[key] } });
      const checked = await provider.check({}, { name: "lazy-schemas" });
      await provider.create(checked.inputs);
      // A zod schema made with z.lazy keeps what its builder returned on its def once something parsed with it.
      const isBuilt = (schema) => schema._zod.def.type !== "lazy" || schema._zod.def._cachedInner !== undefined;
      const modules = ["schemas", "request-schemas", "federation-schemas", "webhook-schemas", "telemetry-schemas", "rbac", "compliance", "external-keys"];
      const built = [];
      for (const name of modules) {
        for (const [key, value] of Object.entries(require(require("node:path").resolve("dist/provider/client", name + ".js")))) {
          if (value && typeof value === "object" && value._zod && isBuilt(value)) built.push(key);
        }
      }
      report(built.sort());
    `, { URL: emulator.url, KEY: emulator.adminKey });
    // listWorkspaces (is the name taken?) and createWorkspace: the request body and the answers.
    expect(built).toEqual(["WorkspaceCreateBody", "WorkspaceSchema"]);
  });

  test("a refresh (read and diff) builds no kind's input schema: only a check does", async () => {
    const steps = await inFreshProcess<Record<"refreshed" | "checked", Loaded>>(`
      require("@pulumi/pulumi");
      const config = { "anthropic:adminKey": process.env.KEY, "anthropic:baseUrl": process.env.URL };
      const provider = require("pulumi-anthropic/internal/dynamic").implementation("Workspace");
      await provider.configure({ config: { get: (key) => config[key] } });
      const schemas = /\\/resources\\/(fields|[a-z-]+\\/schema)\\.js$/;
      const live = await provider.create({ name: "lazy-refresh" });
      const state = { name: "lazy-refresh", ...live.outs };
      const read = await provider.read(live.id, state);
      const diff = await provider.diff(live.id, read.props, { name: "lazy-refresh" });
      if (diff.changes) throw new Error("a refresh right after the create found changes: " + JSON.stringify(diff));
      const steps = { refreshed: loaded(schemas) };
      await provider.check({}, { name: "lazy-refresh" });
      steps.checked = loaded(schemas);
      report(steps);
    `, { URL: emulator.url, KEY: emulator.adminKey });
    expect(steps.refreshed.unneeded).toEqual([]);
    expect(steps.checked.unneeded).toEqual(expect.arrayContaining(["provider/resources/workspace/schema.js"]));
  });

  test("the first request loads undici's connection pool and request method, not the package's entry", async () => {
    const after = await inFreshProcess<{ files: string[]; sent: boolean }>(`
      require("@pulumi/pulumi");
      const { createAdminClient } = require(require("node:path").resolve("dist/provider/settings/admin-client.js"));
      await createAdminClient({ adminKey: process.env.KEY, baseUrl: process.env.URL }).getOrganization();
      const files = loadedFiles().filter((id) => id.includes("/node_modules/undici/")).map((id) => id.slice(id.indexOf("/node_modules/undici/") + "/node_modules/undici/".length));
      report({ files, sent: true });
    `, { URL: emulator.url, KEY: emulator.adminKey });
    expect(after.sent).toBe(true);
    expect(after.files).toEqual(expect.arrayContaining(["lib/dispatcher/pool.js", "lib/api/api-request.js"]));
    // The entry would also load fetch, WebSocket, the cache, mocks and proxy agents.
    expect(after.files.filter((file) => /^index\.js$|\/(fetch|websocket|mock|cache)\//.test(file))).toEqual([]);
  });
});
