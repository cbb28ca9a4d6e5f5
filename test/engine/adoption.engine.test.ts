import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { useEmulator } from "../support/emulator";
import { pulumiProject, setConfig, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

const emulator = useEmulator({ resetBeforeEach: false });
let project: PulumiProject;
let seeded: { workspaceId: string; apiKeyId: string; userId: string; defaultWorkspaceId: string };

beforeAll(async () => {
  await emulator.control.reset();
  const [carol] = await emulator.control.seedUsers([{ email: "carol@example.com", name: "Carol", role: "user" }]);
  const workspace = await emulator.control.seedWorkspace({ name: "Legacy" });
  // Made by someone else: carol's own keys are revoked when she is offboarded (see OrganizationMember).
  const key = await emulator.control.seedApiKey({ workspaceId: workspace.id, name: "made in the Console" });
  const state = await emulator.control.state();
  seeded = { workspaceId: workspace.id, apiKeyId: key.id, userId: carol!.id, defaultWorkspaceId: state.defaultWorkspaceId };
  project = await pulumiProject(join(__dirname, "projects/adoption"));
  await useEmulatorConfig(project, emulator);
  await setConfig(project, {
    workspaceId: seeded.workspaceId, apiKeyId: seeded.apiKeyId, memberEmail: "carol@example.com", defaultWorkspaceId: seeded.defaultWorkspaceId,
  });
}, 600_000);

afterAll(() => project?.dispose());

describe("adopting existing objects through the engine", { timeout: 180_000 }, () => {
  test("up adopts the workspace, key and user without creating anything", async () => {
    await emulator.control.resetRequests();
    await project.ok(["up", "--yes"]);
    const { byRoute } = await emulator.control.requests();
    expect(byRoute["POST /v1/organizations/workspaces"]).toBeUndefined();
    expect(byRoute["POST /v1/organizations/api_keys"]).toBeUndefined();
    expect((await project.ok(["stack", "output", "workspaceId"])).trim()).toBe(seeded.workspaceId);
    expect((await project.ok(["stack", "output", "keyWorkspaceId"])).trim()).toBe(seeded.workspaceId);
    expect((await project.ok(["stack", "output", "memberId"])).trim()).toBe(seeded.userId);
    // Workspace.get reads without managing.
    expect((await project.ok(["stack", "output", "defaultWorkspaceName"])).trim()).toBe("Default");
    const state = await emulator.control.state();
    expect(state.workspaces.find((w) => w.id === seeded.workspaceId)?.name).toBe("Legacy (managed)");
    expect(state.apiKeys.find((k) => k.id === seeded.apiKeyId)?.name).toBe("Console key (managed)");
    expect(state.users.find((u) => u.id === seeded.userId)?.role).toBe("developer");
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("destroy releases the adopted workspace and key instead of archiving them", async () => {
    await project.ok(["destroy", "--yes"]);
    const state = await emulator.control.state();
    expect(state.workspaces.find((w) => w.id === seeded.workspaceId)?.archived_at).toBeNull();
    expect(state.apiKeys.find((k) => k.id === seeded.apiKeyId)?.status).toBe("active");
    // carol is offboarded; what Workspace.get read is just forgotten.
    expect(state.users.find((u) => u.id === seeded.userId)).toBeUndefined();
    expect(state.workspaces.find((w) => w.id === seeded.defaultWorkspaceId)?.archived_at).toBeNull();
  });

  test("the import resource option fails inside Pulumi's dynamic provider host, which is why adoptId exists", async () => {
    // The same stack, empty since the destroy, and its config (workspaceId: the seeded workspace), with
    // the program of projects/import-option.
    copyFileSync(join(__dirname, "projects/import-option/index.ts"), join(project.dir, "index.ts"));
    const { code, output } = await project.run(["up", "--yes"]);
    expect(code).not.toBe(0);
    // The host's read handler gets no properties for an import, so it never reaches this package.
    expect(output).toContain("Cannot read properties of undefined (reading 'toJavaScript')");
  });
});
