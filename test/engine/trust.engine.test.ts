import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { join } from "node:path";
import { adminFetch, useEmulator } from "../support/emulator";
import { pulumiProject, setConfig, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

// The paths every real stack takes sooner or later, through the real CLI: a person whose email has
// capitals, refresh then edit, drift on every model group, renames with and without an alias.
const emulator = useEmulator({ resetBeforeEach: false });
let project: PulumiProject;
let workspaceId: string;

const writes = async () =>
  Object.entries((await emulator.control.requests()).byRoute)
    .filter(([route]) => !route.startsWith("GET "))
    .reduce((n, [, count]) => n + count, 0);
const erin = async () => (await emulator.control.state()).users.find((u) => u.email === "Erin.Smith@Example.com");
const rpmOverrides = async () =>
  (await emulator.control.state()).rateLimitOverrides
    .filter((o) => o.key.startsWith(`${workspaceId}/`) && "requests_per_minute" in o.limits)
    .map((o) => o.limits.requests_per_minute);
/** The property names a step's diff shows for the workspace, e.g. `[diff: ~name]` -> ["name"]. */
const workspaceDiff = (output: string) =>
  [...output.matchAll(/Workspace\s+prod\s+[a-z]+(?:\s+\[diff: ([^\]]*)\])?/g)].flatMap((m) => (m[1] ?? "").split(/[\s,~+-]+/).filter(Boolean));

beforeAll(async () => {
  await emulator.control.reset();
  await emulator.control.seedUsers([{ email: "Erin.Smith@Example.com", name: "Erin", role: "user" }]);
  project = await pulumiProject(join(__dirname, "projects/trust"));
  await useEmulatorConfig(project, emulator);
  await setConfig(project, { memberEmail: "Erin.Smith@Example.com", displayColor: "#abcdef" });
}, 600_000);

afterAll(() => project?.dispose());

describe("no surprise on the paths real stacks take", { timeout: 240_000 }, () => {
  test("a member with capitals in her email: the second up writes nothing and replaces no one", async () => {
    await project.ok(["up", "--yes"]);
    workspaceId = (await project.ok(["stack", "output", "workspaceId"])).trim();
    expect((await erin())?.role).toBe("developer");
    // The ownership tag (see README, Safety) is the resource's URN as the engine records it.
    const urn = JSON.parse(project.stateFile()).checkpoint.latest.resources.find((r: { id?: string }) => r.id === workspaceId).urn;
    expect((await emulator.control.state()).workspaces.find((w) => w.id === workspaceId)?.tags).toEqual({ "pulumi-resource": urn });
    // The Console shows the color in capitals; that is the same color.
    await emulator.control.patch(workspaceId, { display_color: "#ABCDEF" });
    await emulator.control.resetRequests();
    const second = await project.ok(["up", "--yes"]);
    expect(second).not.toMatch(/replace|updated|created|deleted/);
    expect(await writes()).toBe(0);
    expect(await erin()).toBeDefined();
  });

  test("after a refresh of an unchanged program, preview shows no changes; an edit shows only itself", async () => {
    await project.ok(["refresh", "--yes"]);
    await project.ok(["preview", "--expect-no-changes"]);
    await project.ok(["config", "set", "spendUsd", "200"]);
    const preview = await project.ok(["preview", "--diff"]);
    // Only declared inputs are shown, and only the spend limit changes: nothing added or removed.
    expect(preview).not.toMatch(/allowedInferenceGeos|defaultInferenceGeo|workspaceGeo|tags/);
    expect(preview.split("\n").filter((line) => /^\s*[~+-] \w+\s*:/.test(line)).map((line) => line.trim().split(/\s*:/)[0])).toEqual([
      "~ spendLimit",
      "~ monthlyUsd",
    ]);
    await project.ok(["up", "--yes"]);
  });

  test("an out-of-band rename refreshes as ~name only, and the restoring up shows ~name only", async () => {
    await emulator.control.patch(workspaceId, { name: "Renamed in Console" });
    const refresh = await project.ok(["refresh", "--yes"]);
    expect(workspaceDiff(refresh)).toEqual(["name"]);
    const up = await project.ok(["up", "--yes"]);
    expect(workspaceDiff(up)).toEqual(["name"]);
    expect((await emulator.control.state()).workspaces.find((w) => w.id === workspaceId)?.name).toBe("Production");
  });

  test("rate-limit drift on the second and third model group is seen by refresh and restored by up", async () => {
    const groups = await adminFetch(emulator, "GET", `/v1/organizations/workspaces/${workspaceId}/rate_limits?group_type=model_group`);
    const ids: string[] = groups.body.data.map((e: { rate_limit_id: string }) => e.rate_limit_id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids.slice(1, 3)) {
      const changed = await adminFetch(emulator, "POST", `/v1/organizations/workspaces/${workspaceId}/rate_limits/${id}`, {
        body: { limits: [{ type: "requests_per_minute", value: 5 }] },
      });
      expect(changed.status).toBe(200);
    }
    const refresh = await project.ok(["refresh", "--yes"]);
    expect(workspaceDiff(refresh)).toEqual(["rateLimits"]);
    await project.ok(["up", "--yes"]);
    expect(new Set(await rpmOverrides())).toEqual(new Set([1000]));
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("renaming the member without an alias keeps her in the organization, and says so", async () => {
    await project.ok(["config", "set", "memberName", "erin-renamed"]);
    const up = await project.ok(["up", "--yes"]);
    expect(up).toMatch(/was not removed from the organization/);
    expect(await erin()).toBeDefined();
    await emulator.control.resetRequests();
    await project.ok(["up", "--yes"]);
    expect(await writes()).toBe(0);
  });

  test("renaming with an alias changes nothing at all", async () => {
    await setConfig(project, { memberName: "erin-2", memberAlias: "erin-renamed" });
    await emulator.control.resetRequests();
    const up = await project.ok(["up", "--yes"]);
    expect(up).not.toMatch(/created|deleted|replaced/);
    expect(await writes()).toBe(0);
    expect(await erin()).toBeDefined();
  });

  test("destroy offboards her, once, at the end", async () => {
    await project.ok(["destroy", "--yes"]);
    expect(await erin()).toBeUndefined();
  });
});
