import { describe, expect, test } from "vitest";
import { useEmulator } from "../support/emulator";
import { requestsByRoute, useProviders } from "../support/provider";

// Finding 1 of the trust issue: a difference of letter case is never a change (emails, hex colors).
const emulator = useEmulator();
const providers = useProviders(emulator);

const writes = (byRoute: Record<string, number>) => Object.keys(byRoute).filter((route) => !route.startsWith("GET ")).length;

describe("letter case", () => {
  test("a member with capitals in the live email, declared as such, has no diff after create or refresh", async () => {
    await emulator.control.seedUsers([{ email: "Erin.Smith@Example.com", name: "Erin", role: "developer" }]);
    const program = { email: "Erin.Smith@Example.com", role: "developer" };
    const checked = await providers.OrganizationMember.check({}, program);
    const { id, outs } = await providers.OrganizationMember.create(checked.inputs);
    expect(outs.email).toBe("Erin.Smith@Example.com");
    expect(await providers.OrganizationMember.diff(id, outs, checked.inputs)).toMatchObject({ changes: false, replaces: [] });
    const read = await providers.OrganizationMember.read(id, outs);
    expect(await providers.OrganizationMember.diff(id, read.props, checked.inputs)).toMatchObject({ changes: false, replaces: [] });
  });

  test("declaring the email in another case than the live one is not a change either", async () => {
    await emulator.control.seedUsers([{ email: "Frank.Jones@Example.com", role: "developer" }]);
    const { id, outs } = await providers.OrganizationMember.create({ email: "frank.jones@example.com", role: "developer" });
    expect(await providers.OrganizationMember.diff(id, outs, { email: "FRANK.JONES@example.com", role: "developer" })).toMatchObject({ changes: false });
  });

  test("an invite whose email changes only in case is not replaced", async () => {
    const { id, outs } = await providers.UserInvite.create({ email: "Gina@Example.com", role: "user" });
    expect(await providers.UserInvite.diff(id, outs, { email: "gina@example.com", role: "user" })).toMatchObject({ changes: false, replaces: [] });
  });

  test("a display color that differs only in case is no change and sends nothing", async () => {
    const { id } = await providers.Workspace.create({ name: "Colors", displayColor: "#abcdef" });
    await emulator.control.patch(id, { display_color: "#ABCDEF" });
    const inputs = { name: "Colors", displayColor: "#abcdef" };
    const read = await providers.Workspace.read(id, { name: "Colors", displayColor: "#abcdef", __declared: ["displayColor", "name"] });
    expect(read.inputs).toEqual(inputs);
    expect((await providers.Workspace.diff(id, read.props, inputs)).changes).toBe(false);
    await emulator.control.resetRequests();
    await providers.Workspace.update(id, read.props, inputs);
    expect(writes(await requestsByRoute(emulator))).toBe(0);
  });
});
