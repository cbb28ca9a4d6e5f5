import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { join } from "node:path";
import { adminFetch, useEmulator } from "../support/emulator";
import { pulumiProject, setConfig, useEmulatorConfig, useOrganizationConfig, type PulumiProject } from "../support/pulumi-cli";

// Finding 1b of issue 15, through the real CLI: a rename without an alias whose `up` fails after the
// create leaves the old resource's delete to the next `up`, a new provider process. That process must
// still see that the renamed resource manages the person (and the compliance settings): the engine
// diffs every resource of the program before it deletes those no longer in it. Then finding 1a's move
// from the top-level settings to a name of the same organization, which replaces nothing.
const emulator = useEmulator({ resetBeforeEach: false });
let project: PulumiProject;

const erin = async () => (await emulator.control.state()).users.find((u) => u.email === "erin@example.com");
const compliance = async () => (await adminFetch(emulator, "GET", "/v1/organizations/compliance_settings")).body.state.type;
const resourceNames = () =>
  (JSON.parse(project.stateFile()).checkpoint.latest.resources as Array<{ urn: string }>).map((r) => r.urn.split("::").pop()).sort();

beforeAll(async () => {
  await emulator.control.reset();
  await emulator.control.seedUsers([{ email: "erin@example.com", name: "Erin", role: "user" }]);
  project = await pulumiProject(join(__dirname, "projects/claims"));
  await useEmulatorConfig(project, emulator);
  await project.ok(["config", "set", "memberEmail", "erin@example.com"]);
}, 600_000);

afterAll(() => project?.dispose());

describe("no delete removes what another resource of the stack manages, whatever the number of ups", { timeout: 300_000 }, () => {
  test("a rename without alias whose up failed after the create: the next up keeps the person and compliance on", async () => {
    await project.ok(["up", "--yes"]);
    expect((await erin())?.role).toBe("developer");
    expect(await compliance()).toBe("enabled");

    await setConfig(project, { memberName: "erin-renamed", complianceName: "compliance-renamed", failAfterCreates: "true" });
    const failed = await project.run(["up", "--yes"]);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toMatch(/wrkspc_01NoSuchWorkspace000000/);
    // The renamed resources were created; the old ones are still in the state, their deletes not run.
    expect(resourceNames()).toEqual(expect.arrayContaining(["compliance", "compliance-renamed", "erin", "erin-renamed"]));
    expect(await erin()).toBeDefined();

    await project.ok(["config", "rm", "failAfterCreates"]);
    const fixed = await project.ok(["up", "--yes"]);
    expect(fixed).toMatch(/erin@example.com.* was not removed from the organization/);
    expect(fixed).toMatch(/stateOnDelete "disabled" was not applied/);
    expect(resourceNames()).not.toContain("erin");
    expect(resourceNames()).not.toContain("compliance");
    expect((await erin())?.role).toBe("developer");
    expect(await compliance()).toBe("enabled");
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("moving everything to organization prod (the same key and URL) is an update, not a replacement", async () => {
    await useOrganizationConfig(project, "prod", emulator);
    await project.ok(["config", "set", "organization", "prod"]);
    const up = await project.ok(["up", "--yes"]);
    expect(up).not.toMatch(/replace|deleted|created/);
    expect(up).toMatch(/erin-renamed\s+updated[^\n]*\[diff: [~+]organization\]/);
    expect((await erin())?.role).toBe("developer");
    expect(await compliance()).toBe("enabled");
    await project.ok(["refresh", "--yes"]);
    await project.ok(["preview", "--expect-no-changes"]);
  });

  test("destroy still offboards her and applies stateOnDelete, once nothing else manages them", async () => {
    await project.ok(["destroy", "--yes"]);
    expect(await erin()).toBeUndefined();
    expect(await compliance()).toBe("disabled");
  });
});
