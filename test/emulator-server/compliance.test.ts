import { describe, expect, it } from "vitest";
import { adminFetch, useEmulator } from "../support/emulator";

const emu = useEmulator();
const PATH = "/v1/organizations/compliance_settings";

describe("compliance settings", () => {
  it("starts disabled, takes the object form and the string shorthand, answers the object form", async () => {
    expect((await adminFetch(emu, "GET", PATH)).body).toEqual({ type: "compliance_settings", state: { type: "disabled" } });
    const enabled = await adminFetch(emu, "POST", PATH, { body: { state: { type: "enabled" } } });
    expect(enabled.body).toEqual({ type: "compliance_settings", state: { type: "enabled" } });
    const disabled = await adminFetch(emu, "POST", PATH, { body: { state: "disabled" } });
    expect(disabled.body.state).toEqual({ type: "disabled" });
    expect((await adminFetch(emu, "GET", PATH)).body.state).toEqual({ type: "disabled" });
  });

  it("setting the current state succeeds and changes nothing; bad states are refused", async () => {
    expect((await adminFetch(emu, "POST", PATH, { body: { state: "disabled" } })).status).toBe(200);
    for (const body of [{ state: "on" }, { state: { type: "paused" } }, {}, { state: "enabled", extra: 1 }]) {
      expect((await adminFetch(emu, "POST", PATH, { body })).status, JSON.stringify(body)).toBe(400);
    }
    expect((await adminFetch(emu, "GET", PATH)).body.state).toEqual({ type: "disabled" });
  });

  it("a reset returns to disabled", async () => {
    await adminFetch(emu, "POST", PATH, { body: { state: "enabled" } });
    await emu.control.reset();
    expect((await adminFetch(emu, "GET", PATH)).body.state).toEqual({ type: "disabled" });
  });
});
