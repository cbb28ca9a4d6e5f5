import { beforeAll, describe, expect, it } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import * as functions from "../../provider/functions";
import { useEmulator } from "../support/emulator";
import { outputValue } from "../support/mocks";
import { useEmulatorEnvironment } from "./environment";
import { useFrozenClock } from "./usage-fixture";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);
useFrozenClock();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Requests the emulator had served when each mocked resource finished creating. */
const requestsAtCreation = new Map<string, number>();

const mocks: pulumi.runtime.Mocks = {
  newResource: async (args) => {
    if (args.inputs.slow) await sleep(150);
    requestsAtCreation.set(args.name, (await emulator.control.requests()).total);
    return { id: `${args.name}-id`, state: args.inputs };
  },
  call: () => ({}),
};

beforeAll(async () => {
  await pulumi.runtime.setMocks(mocks, "project", "stack", false);
});

class Thing extends pulumi.CustomResource {
  constructor(name: string, props: Record<string, unknown> = {}) {
    super("test:index:Thing", name, props);
  }
}

const isSecret = (o: pulumi.Output<unknown>) => (o as unknown as { isSecret: Promise<boolean> }).isSecret;

describe("the ...Output forms in a program", () => {
  it("resolve to the same values as the plain forms", async () => {
    const prod = await emulator.control.seedWorkspace({ name: "Production" });
    const key = await emulator.control.seedApiKey({ workspaceId: prod.id, name: "portal" });
    const invite = await emulator.control.seedInvite({ email: "carol@example.com" });
    await emulator.control.seedUsage({
      records: [{ startingAt: "2026-03-10T01:00:00Z", workspaceId: prod.id, model: "claude-haiku-4-5", uncachedInputTokens: 1_000_000, requests: 4 }],
    });

    expect(await outputValue(functions.getOrganizationOutput())).toEqual(await functions.getOrganization());
    expect((await outputValue(functions.getUsersOutput({ email: pulumi.output("admin@example.com") }))).users.map((u) => u.role)).toEqual(["admin"]);
    expect((await outputValue(functions.getWorkspacesOutput({ includeArchived: pulumi.output(true) }))).workspaces.map((w) => w.id)).toEqual([prod.id]);
    expect((await outputValue(functions.getApiKeysOutput({ workspaceId: pulumi.output(prod.id) }))).apiKeys.map((k) => k.id)).toEqual([key.id]);
    expect((await outputValue(functions.getInvitesOutput({ status: pulumi.output("pending" as const) }))).invites.map((i) => i.id)).toEqual([invite.id]);

    const usage = functions.getUsageOutput({ startingAt: pulumi.output("2026-03-10"), endingAt: "2026-03-11", workspaceIds: [pulumi.output(prod.id)] });
    // One million haiku input tokens at 100 cents per million.
    expect((await outputValue(usage)).totals).toMatchObject({ tokens: { input: 1_000_000 }, requests: 4, costUsd: 1 });
    const spend = functions.checkSpendOutput({ thresholdUsd: pulumi.output(50) });
    expect(await outputValue(spend)).toMatchObject({ thresholdUsd: 50, exceeded: false });
  });

  it("are secret only when an argument is", async () => {
    const plain = functions.getUsersOutput({ email: "admin@example.com" });
    const secret = functions.getUsersOutput({ email: pulumi.secret("admin@example.com") });
    expect((await outputValue(secret)).users).toHaveLength(1);
    expect(await isSecret(secret)).toBe(true);
    expect((await outputValue(plain)).users).toHaveLength(1);
    expect(await isSecret(plain)).toBe(false);
  });

  it("wait for dependsOn resources to be created before calling the API", async () => {
    await emulator.control.resetRequests();
    const thing = new Thing("slow-thing", { slow: true });
    const users = functions.getUsersOutput({}, { dependsOn: [thing] });
    expect((await outputValue(users)).users).toHaveLength(1);
    expect(requestsAtCreation.get("slow-thing")).toBe(0);
    expect((await emulator.control.requests()).byRoute).toEqual({ "GET /v1/organizations/users": 1 });
  });

  it("reject through the Output with the same errors as the plain forms", async () => {
    const bad = functions.getApiKeysOutput({ status: pulumi.output("revoked" as never) }) as unknown as {
      promise(): Promise<unknown>; isKnown: Promise<boolean>; isSecret: Promise<boolean>;
    };
    // A failed Output rejects each of its promises; in a program the runtime reports that and fails the update.
    const [err] = await Promise.all([bad.promise(), bad.isKnown, bad.isSecret].map((p) => p.then(() => undefined, (e: unknown) => e)));
    expect(err).toBeInstanceOf(functions.InvalidArgumentsError);
    expect((err as Error).message).toMatch(/^getApiKeys was not called: invalid arguments: status: must be one of/);
  });
});

describe("during a preview", () => {
  it("leave the result unknown, without a request, while a dependsOn resource is still to be created", async () => {
    await pulumi.runtime.setMocks({ newResource: () => ({ id: "", state: {} }), call: () => ({}) }, "project", "stack", true);
    await emulator.control.resetRequests();
    const pending = new Thing("pending-thing");
    const users = functions.getUsersOutput({}, { dependsOn: pending });
    const known = await (users as unknown as { isKnown: Promise<boolean> }).isKnown;
    expect(known).toBe(false);
    expect((await emulator.control.requests()).total).toBe(0);
  });
});
