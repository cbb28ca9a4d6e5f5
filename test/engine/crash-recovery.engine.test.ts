import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { useEmulator } from "../support/emulator";
import { liveProcessesIn, pulumiProject, useEmulatorConfig, type PulumiProject, type RunningCommand } from "../support/pulumi-cli";

// `kill -9` of `pulumi up` while creates are in flight, then the recovery a user runs on a file:// backend:
// `pulumi cancel` (the killed CLI left its lock), `pulumi refresh --clear-pending-creates` (the engine keeps
// pending creates, and warns, until told what became of them) and `pulumi up`. The objects those creates made
// must be taken over, not made twice, and nothing may be left that the stack does not know about.

const COUNT = 8;
const labels = Array.from({ length: COUNT }, (_, n) => `load${String(n).padStart(2, "0")}`);
const workspaceName = (label: string) => `Load ${label.slice(4)}`; // as projects/crash/index.ts names them
const CREATE = {
  workspaces: "POST /v1/organizations/workspaces",
  invites: "POST /v1/organizations/invites",
  apiKeys: "POST /v1/organizations/api_keys",
} as const;
// The emulator holds a delayed request BEFORE its handler runs and applies it when the delay ends, whether or
// not the client is still there. So a create killed in flight makes its object up to this long after the kill.
const LATENCY_MS = 20_000;
// Parallel operations default to 4 x GOMAXPROCS: on 2 cores the slow creates would hold every slot, and what
// is in flight at the kill would depend on the machine.
const PARALLEL = "32";

const emulator = useEmulator({ resetBeforeEach: false });
let project: PulumiProject;
let crashing: RunningCommand | undefined;
const figures: Record<string, unknown> = {};
const timings: Record<string, number> = {};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }), {});
const kindOf = (type: string) => (type.endsWith(":Workspace") ? "workspaces" : type.endsWith(":UserInvite") ? "invites" : type.endsWith(":ApiKey") ? "apiKeys" : "other");

async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const start = Date.now();
  try {
    return await step();
  } finally {
    timings[name] = Math.round((Date.now() - start) / 100) / 10;
  }
}

async function waitFor(what: string, ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (crashing?.finished()) throw new Error(`pulumi up ended before ${what}:\n${crashing.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** Pending creates as the backend stores them; none before the first checkpoint is written. */
function pendingCreates(): Array<{ kind: string; urn: string }> {
  let latest: { pending_operations?: Array<{ type: string; resource: { urn: string; type: string } }> } | undefined;
  try {
    latest = JSON.parse(project.stateFile()).checkpoint.latest;
  } catch {
    return []; // not written yet
  }
  return (latest?.pending_operations ?? [])
    .filter((op) => op.type === "creating")
    .map((op) => ({ kind: kindOf(op.resource.type), urn: op.resource.urn }));
}

/** The ids of the resources in the stack, as `pulumi stack export` shows them. */
async function idsInStack(): Promise<Set<string>> {
  const file = join(project.dir, "export.json");
  await project.ok(["stack", "export", "--file", file]);
  const resources: Array<{ id?: string }> = JSON.parse(readFileSync(file, "utf8")).deployment.resources ?? [];
  return new Set(resources.map((r) => r.id).filter((id): id is string => !!id));
}

/** What the organization holds that counts: live workspaces (not the default one), pending invites, usable keys. */
async function live() {
  const state = await emulator.control.state();
  const workspaces = state.workspaces.filter((w) => w.id !== state.defaultWorkspaceId && !w.archived_at);
  return {
    workspaces,
    invites: state.invites.filter((i) => i.status === "pending"),
    keys: state.apiKeys.filter((k) => k.status === "active" || k.status === "inactive"),
    workspaceName: (id: string | null | undefined) => state.workspaces.find((w) => w.id === id)?.name ?? `(${id})`,
  };
}

async function notInStack() {
  const [{ workspaces, invites, keys }, ids] = await Promise.all([live(), idsInStack()]);
  return {
    workspaces: workspaces.filter((w) => !ids.has(w.id)).length,
    invites: invites.filter((i) => !ids.has(i.id)).length,
    apiKeys: keys.filter((k) => !ids.has(k.id)).length,
  };
}

beforeAll(async () => {
  await emulator.control.reset();
  project = await pulumiProject(join(__dirname, "projects/crash"));
  await useEmulatorConfig(project, emulator);
}, 600_000);

afterAll(async () => {
  if (crashing && !crashing.finished()) await crashing.killTree();
  console.log(JSON.stringify({ crashRecovery: { ...figures, seconds: timings } }));
  project?.dispose();
});

describe("kill -9 of pulumi up with creates in flight, then cancel, refresh --clear-pending-creates, up", { timeout: 180_000 }, () => {
  test("the kill catches workspaces, invites and keys in flight and leaves a lock and pending creates", async () => {
    // Half the workspaces and invites are held, half go through at once; the keys of those that went through
    // are held too. So at the kill some of each kind are done, some are in flight, and some keys never started.
    await emulator.control.fault({ route: CREATE.workspaces, kind: "latency", latencyMs: LATENCY_MS, times: COUNT / 2 });
    await emulator.control.fault({ route: CREATE.invites, kind: "latency", latencyMs: LATENCY_MS, times: COUNT / 2 });
    await emulator.control.fault({ route: CREATE.apiKeys, kind: "latency", latencyMs: LATENCY_MS });
    crashing = project.start(["up", "--yes", "--parallel", PARALLEL]);
    await timed("upUntilKill", async () => {
      await waitFor("the fast creates to finish and the dependent key creates to start", async () => {
        const { byRoute } = await emulator.control.requests();
        const keysCreating = pendingCreates().filter((op) => op.kind === "apiKeys").length;
        return (byRoute[CREATE.workspaces] ?? 0) >= COUNT / 2 && (byRoute[CREATE.invites] ?? 0) >= COUNT / 2 && keysCreating >= COUNT / 2;
      }, 120_000);
      // The engine writes a pending create before it calls the provider; this is ample for the key requests
      // to reach the emulator, and far inside LATENCY_MS, so nothing held has been answered yet.
      await sleep(3_000);
    });
    const killedAt = Date.now();
    const killed = await crashing.killTree();
    const ended = await crashing.exited;
    expect(ended.signal).toBe("SIGKILL");
    figures.killedProcesses = killed.length;
    // The wrapper, the CLI and the dynamic provider (a shell launcher and its node) at least.
    expect(killed.length).toBeGreaterThanOrEqual(4);
    expect(liveProcessesIn(project.dir)).toEqual([]);

    // Nothing held was answered before the kill: only the creates that were let through have completed.
    const atKill = (await emulator.control.requests()).byRoute;
    expect([atKill[CREATE.workspaces], atKill[CREATE.invites], atKill[CREATE.apiKeys] ?? 0]).toEqual([COUNT / 2, COUNT / 2, 0]);
    const pending = pendingCreates();
    figures.pendingCreatesAfterKill = countBy(pending, (op) => op.kind);

    // Clearing faults does not release held requests: wait until every one of them has been applied.
    await emulator.control.clearFaults();
    await timed("heldCreatesLanding", () => sleep(Math.max(0, killedAt + LATENCY_MS + 2_000 - Date.now())));
    const landed = (await emulator.control.requests()).byRoute;
    figures.createRequestsServedByCrashedUp = { workspaces: landed[CREATE.workspaces], invites: landed[CREATE.invites], apiKeys: landed[CREATE.apiKeys] ?? 0 };
    const orphans = await notInStack();
    figures.inFlightAtKill = orphans;
    // Otherwise this run did not test recovery from an interrupted create of that kind.
    expect(orphans.workspaces).toBeGreaterThan(0);
    expect(orphans.invites).toBeGreaterThan(0);
    expect(orphans.apiKeys).toBeGreaterThan(0);
    expect(pending.filter((op) => op.kind === "workspaces").length).toBe(orphans.workspaces);

    // The file backend does not notice that the lock's owner is dead.
    const refused = await project.run(["up", "--yes"]);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain("the stack is currently locked by 1 lock(s)");
    expect(refused.output).toContain("pulumi cancel");
  });

  test("after the recovery, up converges: one object per resource and nothing the stack does not know", async () => {
    await timed("recovery", async () => {
      expect(await project.ok(["cancel", "--yes"])).toContain("has been canceled");
      await project.ok(["refresh", "--clear-pending-creates", "--yes"]);
    });
    expect(pendingCreates()).toEqual([]);
    const up = await timed("upAfterRecovery", () => project.run(["up", "--yes"]));

    const { workspaces, invites, keys, workspaceName: nameOf } = await live();
    const counts = {
      upExitCode: up.code,
      activeWorkspaces: workspaces.length,
      activeWorkspacesByName: countBy(workspaces, (w) => w.name),
      pendingInvites: invites.length,
      pendingInvitesByEmail: countBy(invites, (i) => i.email),
      activeKeys: keys.length,
      activeKeysByWorkspace: countBy(keys, (k) => nameOf(k.scope.workspace_id)),
      notInStack: await notInStack(),
    };
    figures.afterRecovery = counts;
    console.log(JSON.stringify({ crashRecoveryCounts: counts }));

    const onePer = (names: string[]) => Object.fromEntries(names.map((name) => [name, 1]));
    expect.soft(counts.activeWorkspacesByName).toEqual(onePer(labels.map(workspaceName)));
    expect.soft(counts.pendingInvitesByEmail).toEqual(onePer(labels.map((label) => `${label}@example.com`)));
    expect.soft(counts.activeKeysByWorkspace).toEqual(onePer(labels.map(workspaceName)));
    expect.soft(counts.notInStack).toEqual({ workspaces: 0, invites: 0, apiKeys: 0 });
    expect(up.code, up.output).toBe(0);
  });

  test("preview --expect-no-changes passes", async () => {
    await timed("preview", () => project.ok(["preview", "--expect-no-changes"]));
  });

  test("destroy leaves nothing active", async () => {
    const destroy = await timed("destroy", () => project.run(["destroy", "--yes"]));
    const { workspaces, invites, keys } = await live();
    const left = { workspaces: workspaces.length, invites: invites.length, apiKeys: keys.length };
    figures.afterDestroy = { exitCode: destroy.code, ...left };
    expect.soft(left).toEqual({ workspaces: 0, invites: 0, apiKeys: 0 });
    expect(destroy.code, destroy.output).toBe(0);
  });
});
