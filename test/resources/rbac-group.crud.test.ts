import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { adminFetch, useEmulator } from "../support/emulator";
import { configuredProvider, newDeployment, requestsByRoute } from "../support/provider";

const GROUPS = "/v1/organizations/rbac_groups";

describe("on a Claude Enterprise organization", () => {
  const emulator = useEmulator({ organizationType: "enterprise" });
  let groups: Required<pulumi.dynamic.ResourceProvider>;
  let members: Required<pulumi.dynamic.ResourceProvider>;
  let user: { id: string; email: string };
  beforeAll(async () => {
    groups = await configuredProvider("RbacGroup", emulator);
    members = await configuredProvider("RbacGroupMember", emulator);
  });
  beforeEach(async () => {
    newDeployment();
    user = (await emulator.control.seedUsers([{ email: "dev@example.com" }]))[0]!;
    await emulator.control.resetRequests();
  });

  test("RbacGroup: create, rename in place, drift, delete: one request each", async () => {
    const { id, outs } = await groups.create({ name: "Engineering" });
    expect(id).toMatch(/^rbac_group_/);
    expect(outs).toMatchObject({ name: "Engineering", roleIds: [], sourceType: "direct" });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${GROUPS}`]: 1 });

    expect(await groups.diff(id, outs, { name: "Platform" })).toMatchObject({ changes: true, replaces: [] });
    await emulator.control.resetRequests();
    const { outs: renamed } = await groups.update(id, outs, { name: "Platform" });
    expect(renamed.name).toBe("Platform");
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${GROUPS}/{id}`]: 1 });

    await adminFetch(emulator, "POST", `${GROUPS}/${id}`, { body: { name: "Renamed elsewhere" } });
    const read = await groups.read(id, renamed);
    expect(read.inputs).toEqual({ name: "Renamed elsewhere" });
    expect((await groups.diff(id, read.props, { name: "Platform" })).changes).toBe(true);

    await emulator.control.resetRequests();
    await groups.delete(id, read.props);
    expect(await requestsByRoute(emulator)).toEqual({ [`DELETE ${GROUPS}/{id}`]: 1 });
    expect((await groups.read(id, read.props)).id).toBe("");
    await expect(groups.delete(id, read.props)).resolves.toBeUndefined();
  });

  test("RbacGroupMember: add, read, drift (removed elsewhere), remove; id is group/user", async () => {
    const group = await groups.create({ name: "Eng" });
    const inputs = { rbacGroupId: group.id, userId: user.id };
    expect((await members.check({}, inputs)).failures).toEqual([]);
    await emulator.control.resetRequests();
    const { id, outs } = await members.create(inputs);
    expect(id).toBe(`${group.id}/${user.id}`);
    expect(outs).toEqual({ ...inputs, email: "dev@example.com" });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${GROUPS}/{id}/members`]: 1 });

    await emulator.control.resetRequests();
    expect((await members.read(id, outs)).inputs).toEqual(inputs);
    expect(await requestsByRoute(emulator)).toEqual({ [`GET ${GROUPS}/{id}/members`]: 1 });
    expect(await members.diff(id, outs, { ...inputs, userId: "user_other" })).toMatchObject({ replaces: ["userId"], deleteBeforeReplace: true });

    await emulator.control.resetRequests();
    await members.delete(id, outs);
    expect(await requestsByRoute(emulator)).toEqual({ [`DELETE ${GROUPS}/{id}/members/{user_id}`]: 1 });
    expect((await members.read(id, outs)).id).toBe("");
    await expect(members.delete(id, outs)).resolves.toBeUndefined();

    // A membership whose group was deleted elsewhere is gone too.
    await members.create(inputs);
    await adminFetch(emulator, "DELETE", `${GROUPS}/${group.id}`);
    expect((await members.read(id, outs)).id).toBe("");
  });

  test("adding a member who already is one takes the membership over instead of failing", async () => {
    const group = await groups.create({ name: "Eng" });
    await adminFetch(emulator, "POST", `${GROUPS}/${group.id}/members`, { body: { user_id: user.id } });
    const { id } = await members.create({ rbacGroupId: group.id, userId: user.id });
    expect(id).toBe(`${group.id}/${user.id}`);
    // Taken over in this deployment: a delete of another resource holding it leaves it alone.
    await members.delete(id, {});
    expect((await adminFetch(emulator, "GET", `${GROUPS}/${group.id}/members`)).body.data).toHaveLength(1);
  });
});

describe("on a Claude Console organization", () => {
  const emulator = useEmulator();

  test("RbacGroup create fails with the API's organization-type error, naming the resource", async () => {
    const groups = await configuredProvider("RbacGroup", emulator);
    await expect(groups.create({ name: "Eng" })).rejects.toThrow(/RbacGroup "Eng".*Claude Enterprise/);
  });
});
