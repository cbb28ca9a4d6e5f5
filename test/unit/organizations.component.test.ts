import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import { DeveloperAccess, InvalidComponentArgumentsError } from "pulumi-anthropic";
import { useEmulator } from "../support/emulator";
import { outputValue, recordingMocks, type Registration } from "../support/mocks";

// DeveloperAccess with `organization`: the membership lookup asks that organization (a real emulator;
// the top-level one, another emulator, does not know the person), and every child carries the name.
const main = useEmulator({ resetBeforeEach: false });
const sandbox = useEmulator({ resetBeforeEach: false });

const mocks: pulumi.runtime.Mocks = {
  newResource: ({ type, name, inputs, custom }) => {
    if (!custom) return { id: "", state: {} };
    const kind = type.split(":").pop();
    if (kind === "OrganizationMember") return { id: "user_mocked", state: { ...inputs, userId: "user_mocked" } };
    if (kind === "ApiKey") return { id: `apikey_${name}`, state: { ...inputs, key: `sk-ant-api03-${name}-value` } };
    return { id: `${name}-id`, state: inputs };
  },
  call: () => ({}),
};

let registrations: Map<string, Registration>;
beforeAll(async () => {
  await sandbox.control.seedUsers([{ email: "dana@example.com", name: "Dana", role: "developer" }]);
  registrations = await recordingMocks(mocks);
  pulumi.runtime.setAllConfig(
    {
      "anthropic:adminKey": main.adminKey,
      "anthropic:baseUrl": main.url,
      "anthropic:organizations": JSON.stringify({ sandbox: { adminKey: sandbox.adminKey, baseUrl: sandbox.url } }),
    },
    ["anthropic:adminKey", "anthropic:organizations"],
  );
});
afterAll(() => pulumi.runtime.setAllConfig({}, []));

describe("DeveloperAccess with organization", () => {
  test("looks the person up in that organization and gives every child the organization", async () => {
    const access = new DeveloperAccess("dana", {
      email: "dana@example.com",
      organization: "sandbox",
      workspaces: [{ workspaceId: "wrkspc_1" }],
      apiKey: { workspaceId: "wrkspc_1" },
    });
    // Active: only the sandbox knows Dana.
    expect(await outputValue(access.status)).toBe("active");
    await outputValue(pulumi.all([access.inviteId, access.workspaceMemberIds, access.key]));
    const children = ["dana-invite", "dana-member", "dana-wrkspc_1", "dana-key"].map((name) => registrations.get(name));
    for (const child of children) expect(child?.inputs.organization).toBe("sandbox");
  });

  test("without it, asks the top-level organization and adds no organization input", async () => {
    const access = new DeveloperAccess("erin", { email: "dana@example.com" });
    expect(await outputValue(access.status)).toBe("invited");
    await outputValue(access.inviteId);
    expect(registrations.get("erin-invite")?.inputs).not.toHaveProperty("organization");
  });

  test("a name that is not one fails the constructor", () => {
    expect(() => new DeveloperAccess("bad", { email: "x@example.com", organization: "a.b" })).toThrow(InvalidComponentArgumentsError);
    expect(() => new DeveloperAccess("bad", { email: "x@example.com", organization: "a.b" })).toThrow(/organization: must be letters, digits/);
  });
});
