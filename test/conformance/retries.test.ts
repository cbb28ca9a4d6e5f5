import Anthropic from "@anthropic-ai/sdk";
import { describe, expect, it } from "vitest";
import { useEmulator } from "../support/emulator";
import { eachConstruction } from "./sdk";

const emu = useEmulator();
const ME = "GET /v1/organizations/me";

eachConstruction(emu, (sdk) => {
  describe("injected faults as the SDK sees them", () => {
    it("retries a 529 with retry-after and then succeeds", async () => {
      await emu.control.fault({ route: ME, kind: "status", status: 529, retryAfter: 0, times: 1 });
      const org = await sdk({ maxRetries: 1 }).beta.organization.retrieve();
      expect(org.type).toBe("organization");
      const { log } = await emu.control.requests();
      expect(log.map((entry) => entry.status)).toEqual([529, 200]);
    });

    it("surfaces a 429 as RateLimitError once retries are used up", async () => {
      await emu.control.fault({ route: ME, kind: "status", status: 429, retryAfter: 0 });
      const error = await sdk({ maxRetries: 0 }).beta.organization.retrieve().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Anthropic.RateLimitError);
      expect((error as InstanceType<typeof Anthropic.RateLimitError>).headers.get("retry-after")).toBe("0");
    });

    it("reports a dropped connection as APIConnectionError", async () => {
      await emu.control.fault({ route: ME, kind: "drop" });
      const error = await sdk({ maxRetries: 0 }).beta.organization.retrieve().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Anthropic.APIConnectionError);
    });
  });
});
