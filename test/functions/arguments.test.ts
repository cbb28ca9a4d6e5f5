import { beforeEach, describe, expect, it } from "vitest";
import * as pulumi from "@pulumi/pulumi";
import {
  InvalidArgumentsError, checkSpend, getApiKeys, getEffectiveSpendLimits, getInvites, getOrganization, getRateLimits, getUsage,
  getUsers, getWorkspaces,
} from "../../provider/functions";
import { rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";
import { useEmulatorEnvironment } from "./environment";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);
beforeEach(() => emulator.control.resetRequests());

/** Calls with arguments a type checker would refuse, as JavaScript programs and YAML can. */
const loose = <T extends (...args: any[]) => unknown>(fn: T) => fn as unknown as (args?: unknown) => ReturnType<T>;
const DAY = 24 * 3600 * 1000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

const cases: Array<[string, () => Promise<unknown>, RegExp]> = [
  ["getOrganization with an argument", () => loose(getOrganization)({ id: "x" }), /id: unknown argument/],
  ["getUsers with a bad email", () => loose(getUsers)({ email: "alice" }), /email: must be an email address like alice@example\.com/],
  ["getUsers with a misspelt argument", () => loose(getUsers)({ emial: "a@example.com" }), /emial: unknown argument; remove it or check its spelling/],
  ["getWorkspaces with a string flag", () => loose(getWorkspaces)({ includeArchived: "yes" }), /includeArchived: must be true or false/],
  ["getApiKeys with an unknown status", () => loose(getApiKeys)({ status: "revoked" }), /status: must be one of active, inactive, archived, expired/],
  ["getApiKeys with a user id as workspace", () => loose(getApiKeys)({ workspaceId: "user_123" }), /workspaceId: must be a workspace id starting with "wrkspc_"/],
  ["getApiKeys with a bad creator", () => loose(getApiKeys)({ createdByUserId: "alice" }), /createdByUserId: must be a user id starting with "user_"/],
  ["getInvites with status deleted", () => loose(getInvites)({ status: "deleted" }), /status: must be one of pending, accepted, expired/],
  ["getUsage without startingAt", () => loose(getUsage)({}), /startingAt: is required: a date like "2026-03-01"/],
  ["getUsage with no arguments", () => loose(getUsage)(), /startingAt: is required/],
  ["getUsage with a bad date", () => loose(getUsage)({ startingAt: "March 1st" }), /startingAt: must be a date like "2026-03-01"/],
  ["getUsage with granularity week", () => loose(getUsage)({ startingAt: "2026-03-01", granularity: "week" }), /granularity: must be one of day, hour, month/],
  ["getUsage ending before it starts", () => getUsage({ startingAt: "2026-03-10", endingAt: "2026-03-09" }), /endingAt: must be after startingAt/],
  ["getUsage starting in the future", () => getUsage({ startingAt: "2999-01-01" }), /startingAt: must be in the past/],
  ["getUsage over more than a year", () => getUsage({ startingAt: daysFromNow(-100), endingAt: daysFromNow(300) }), /endingAt: must be at most 366 days after startingAt/],
  ["getUsage before the oldest usage the API reports", () => getUsage({ startingAt: "2025-12-31" }), /startingAt: must be 2026-01-01 or later: the Admin API reports no usage before 2026-01-01T00:00:00Z/],
  ["getUsage with an unknown product", () => loose(getUsage)({ startingAt: daysFromNow(-3), products: ["api"] }), /products\[0\]: must be one of messages_api, message_batches_api/],
  ["getUsage with an empty service tier list", () => getUsage({ startingAt: daysFromNow(-3), serviceTiers: [] }), /serviceTiers: must not be empty; leave it out for every service tier/],
  ["getUsage with an unknown inference geo", () => loose(getUsage)({ startingAt: daysFromNow(-3), inferenceGeos: ["eu"] }), /inferenceGeos\[0\]: must be one of global, us, not_available/],
  ["getRateLimits with an unknown group type", () => loose(getRateLimits)({ groupType: "models" }), /groupType: must be one of model_group, batch/],
  ["getRateLimits with an empty model", () => getRateLimits({ model: " " }), /model: must not be empty/],
  ["getEffectiveSpendLimits with a yearly period", () => loose(getEffectiveSpendLimits)({ periods: ["yearly"] }), /periods\[0\]: must be one of daily, weekly, monthly/],
  ["getEffectiveSpendLimits with an email for a user id", () => getEffectiveSpendLimits({ userIds: ["alice@example.com"] }), /userIds\[0\]: must be a user id like "user_..."/],
  ["getEffectiveSpendLimits with 101 members", () => getEffectiveSpendLimits({ userIds: Array.from({ length: 101 }, (_, i) => `user_${i}`) }), /userIds: must name at most 100 members/],
  ["getUsage with an empty model list", () => getUsage({ startingAt: "2026-03-01", models: [] }), /models: must not be empty; leave it out/],
  ["getUsage with a bad workspace id", () => getUsage({ startingAt: "2026-03-01", workspaceIds: ["wrkspc_a", "prod"] }), /workspaceIds\[1\]: must be a workspace id/],
  ["checkSpend without a threshold", () => loose(checkSpend)({}), /thresholdUsd: is required: a dollar amount/],
  ["checkSpend with a string threshold", () => loose(checkSpend)({ thresholdUsd: "1000" }), /thresholdUsd: must be a number of US dollars/],
  ["checkSpend with a negative threshold", () => checkSpend({ thresholdUsd: -5 }), /thresholdUsd: must be zero or more/],
];

describe("bad arguments are rejected before any request", () => {
  it.each(cases)("%s", async (_name, call, message) => {
    const err = await rejectionOf(call());
    expect(err).toBeInstanceOf(InvalidArgumentsError);
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(/^\w+ was not called: invalid arguments: /);
    expect((await emulator.control.requests()).total).toBe(0);
  });

  it("lists every problem at once, each on its argument", async () => {
    const err = await rejectionOf(loose(getUsage)({ startingAt: 5, granularity: "week", extra: 1 }));
    expect(err.function).toBe("getUsage");
    expect(err.problems.map((p: { argument: string }) => p.argument).sort()).toEqual(["extra", "granularity", "startingAt"]);
  });

  it("shows each bad value as written, unless it looks like a key", async () => {
    const err = await rejectionOf(loose(getUsage)({ startingAt: "March 1st", granularity: "week", workspaceIds: [emulator.adminKey] }));
    expect(err.message).toMatch(/startingAt: must be a date like "2026-03-01" .*\(got "March 1st"\); /);
    expect(err.message).toContain('granularity: must be one of day, hour, month (got "week")');
    expect(err.message).toMatch(/workspaceIds\[0\]: must be a workspace id .*\(value hidden\)/);
    expect(err.message).not.toContain(emulator.adminKey);
    expect(JSON.stringify(err.problems)).not.toContain(emulator.adminKey);
  });

  it("points to the Output form when given an Output", async () => {
    const err = await rejectionOf(loose(getUsers)({ email: pulumi.output("alice@example.com") }));
    expect(err.message).toBe("getUsers was not called: invalid arguments: email: is a pulumi.Output; call getUsersOutput(...) to pass Outputs.");
    expect((await emulator.control.requests()).total).toBe(0);
  });
});
