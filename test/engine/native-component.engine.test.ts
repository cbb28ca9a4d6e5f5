import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { join } from "node:path";
import { canaryAdminKey } from "../support/canary";
import { useEmulator } from "../support/emulator";
import { useNativePlugin } from "../support/native-plugin";
import { pulumiProject, useEmulatorConfig, type PulumiProject } from "../support/pulumi-cli";

// DeveloperAccess constructed by the native plugin (Construct): invited first, onboarded once the
// invite is accepted (member, workspace membership, a key whose value is a secret), offboarded by destroy.
// Its children are the plugin's own resources (anthropic:index:<Kind>), not dynamic ones.
const emulator = useEmulator({ resetBeforeEach: false, adminKey: canaryAdminKey("component") });
let project: PulumiProject;

const output = async (name: string) => JSON.parse(await project.ok(["stack", "output", name, "--json"]));
const types = () => (JSON.parse(project.stateFile()).checkpoint.latest.resources as Array<{ type: string }>).map((r) => r.type);

beforeAll(async () => {
  await emulator.control.reset();
  project = await pulumiProject(join(__dirname, "projects/native-component"));
  await useNativePlugin(project);
  await useEmulatorConfig(project, emulator);
  await project.ok(["config", "set", "email", "dana@example.com"]);
}, 600_000);

afterAll(() => project?.dispose());

describe("DeveloperAccess from the native plugin", { timeout: 300_000 }, () => {
  test("invites, then onboards once the invite is accepted; destroy offboards", async () => {
    await project.ok(["up", "--yes"]);
    expect(await output("status")).toBe("invited");
    expect(types()).toEqual(expect.arrayContaining(["anthropic:index:DeveloperAccess", "anthropic:index:UserInvite"]));
    expect(types().filter((t) => t.startsWith("pulumi-nodejs:dynamic"))).toEqual([]);

    const invite = (await emulator.control.state()).invites.find((i) => i.email === "dana@example.com")!;
    await emulator.control.acceptInvite(invite.id);
    await project.ok(["up", "--yes"]);
    expect(await output("status")).toBe("active");
    const userId = await output("userId");
    expect(userId).toMatch(/^user_/);
    expect(await output("memberships")).toHaveLength(1);
    expect(await output("key")).toBe("[secret]");
    expect(types()).toEqual(expect.arrayContaining(["anthropic:index:OrganizationMember", "anthropic:index:WorkspaceMember", "anthropic:index:ApiKey"]));
    await project.ok(["preview", "--expect-no-changes"]);

    await project.ok(["destroy", "--yes"]);
    expect((await emulator.control.state()).users.find((u) => u.id === userId)).toBeUndefined();
    expect(project.transcript()).not.toContain(emulator.adminKey);
  });
});
