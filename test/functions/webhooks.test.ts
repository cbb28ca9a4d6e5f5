import { describe, expect, it } from "vitest";
import { getWebhooks, InvalidArgumentsError } from "../../provider/functions";
import { sdkFor } from "../conformance/sdk";
import { useEmulator } from "../support/emulator";
import { routeCounts, useEmulatorEnvironment } from "./environment";

const emulator = useEmulator();
useEmulatorEnvironment(emulator);

describe("getWebhooks", () => {
  it("lists every endpoint oldest first across pages, never a signing secret", async () => {
    const webhooks = sdkFor(emulator).beta.organization.webhooks;
    const first = await webhooks.create({ url: "https://example.com/a", enabled_events: ["external_key.failed"], name: "a" });
    const second = await webhooks.create({ url: "https://example.com/b", enabled_events: ["external_storage.failed"] });
    await webhooks.update(second.id, { state: "disabled", description: "paused" });
    await emulator.control.resetRequests();

    const { webhooks: found } = await getWebhooks();
    expect(found).toEqual([
      {
        id: first.id, url: "https://example.com/a", name: "a", description: "", events: ["external_key.failed"], enabled: true,
        disabledReason: "", createdAt: first.created_at, updatedAt: first.updated_at,
      },
      expect.objectContaining({ id: second.id, name: "", description: "paused", enabled: false }),
    ]);
    expect(JSON.stringify(found)).not.toContain(first.signing_secret);
    expect(await routeCounts(emulator)).toEqual({ "GET /v1/organizations/webhooks": 1 });
  });

  it("refuses an unknown argument before any request", async () => {
    await emulator.control.resetRequests();
    await expect(getWebhooks({ enabled: true } as never)).rejects.toBeInstanceOf(InvalidArgumentsError);
    expect(await routeCounts(emulator)).toEqual({});
  });
});
