import { beforeAll, describe, expect, test } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "../../provider";
import { outputValue as output, recordingMocks, type Registration } from "../support/mocks";

// Program wiring only: the engine and the provider are mocked here; the engine suite runs them for real.

const mocks: pulumi.runtime.Mocks = {
  newResource: (args) => {
    const ids: Record<string, string> = {
      Workspace: "wrkspc_mock",
      ApiKey: "apikey_mock",
      UserInvite: "invite_mock",
      OrganizationMember: "user_mock",
    };
    const kind = args.type.split(":").pop()!;
    const extra = kind === "ApiKey" ? { key: "sk-ant-api03-mockvalue" } : kind === "OrganizationMember" ? { userId: "user_mock" } : {};
    const id = kind === "WorkspaceMember" ? `${args.inputs.workspaceId}/${args.inputs.userId}` : ids[kind]!;
    return { id, state: { ...args.inputs, ...extra } };
  },
  call: () => ({}),
};

let registrations: Map<string, Registration>;
const byName = (name: string) => registrations.get(name)!;

beforeAll(async () => {
  registrations = await recordingMocks(mocks);
});

describe("a program declaring an organization", () => {
  test("type tokens, defaults, wiring and the secret key output", async () => {
    const prod = new anthropic.Workspace("prod", { spendLimit: { monthlyUsd: 5000 }, rateLimits: { requestsPerMinute: 1000 } });
    const key = new anthropic.ApiKey("portal", { workspaceId: prod.id });
    const member = new anthropic.OrganizationMember("alice", { email: "alice@example.com", role: "developer" });
    const invite = new anthropic.UserInvite("bob", { email: "bob@example.com", role: "user" });
    const access = new anthropic.WorkspaceMember("alice-prod", { workspaceId: prod.id, userId: member.userId, role: "workspace_developer" });
    await Promise.all([output(key.id), output(invite.id), output(access.id)]);

    expect(byName("prod").type).toBe("pulumi-nodejs:dynamic/anthropic:Workspace");
    expect(byName("portal").type).toBe("pulumi-nodejs:dynamic/anthropic:ApiKey");
    expect(byName("bob").type).toBe("pulumi-nodejs:dynamic/anthropic:UserInvite");
    expect(byName("alice").type).toBe("pulumi-nodejs:dynamic/anthropic:OrganizationMember");
    expect(byName("alice-prod").type).toBe("pulumi-nodejs:dynamic/anthropic:WorkspaceMember");

    // Names default to the logical name.
    expect(byName("prod").inputs).toMatchObject({ name: "prod", spendLimit: { monthlyUsd: 5000 }, rateLimits: { requestsPerMinute: 1000 } });
    expect(byName("portal").inputs).toMatchObject({ name: "portal", workspaceId: "wrkspc_mock" });
    // Outputs of one resource feed the next.
    expect(byName("alice-prod").inputs).toMatchObject({ workspaceId: "wrkspc_mock", userId: "user_mock" });
    expect(await output(access.id)).toBe("wrkspc_mock/user_mock");

    // The key value is registered as a secret output; nothing else is.
    expect(byName("portal").secretOutputs).toEqual(["key"]);
    expect(byName("prod").secretOutputs).toEqual([]);
    expect(await output(key.key)).toBe("sk-ant-api03-mockvalue");
    expect(await pulumi.isSecret(key.key)).toBe(true);

    // Every resource carries the serialized shim, not credentials.
    for (const r of registrations.values()) {
      expect(typeof r.inputs.__provider).toBe("string");
      expect(r.inputs.__provider as string).toContain("pulumi-anthropic/internal/dynamic");
    }
  });

  test("a program's own secret output options are kept alongside key", async () => {
    const key = new anthropic.ApiKey("rotating", { workspaceId: "wrkspc_x", keepers: { quarter: "2026Q4" } }, { additionalSecretOutputs: ["partialKeyHint"] });
    await output(key.id);
    expect(byName("rotating").secretOutputs.sort()).toEqual(["key", "partialKeyHint"]);
    expect(byName("rotating").inputs).toMatchObject({ keepers: { quarter: "2026Q4" } });
  });
});
