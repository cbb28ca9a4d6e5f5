import { describe, expect, it } from "vitest";
import { AuthenticationError } from "../../provider/client";
import { createAdminClient } from "../../provider/settings/admin-client";
import { clientFor, rejectionOf } from "../support/admin-client";
import { useEmulator } from "../support/emulator";

const emulator = useEmulator({ seed: { organization: { id: "org-test-1", name: "Acme Corp" } } });

describe("getOrganization", () => {
  it("returns the organization the key belongs to", async () => {
    const { client } = clientFor(emulator);
    expect(await client.getOrganization()).toEqual({ id: "org-test-1", name: "Acme Corp", type: "organization" });
  });

  it("rejects a wrong key with AuthenticationError carrying the request id", async () => {
    const client = createAdminClient({ adminKey: "sk-ant-admin01-wrong", baseUrl: emulator.url });
    const err = await rejectionOf(client.getOrganization());
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err.status).toBe(401);
    expect(err.errorType).toBe("authentication_error");
    const { log } = await emulator.control.requests();
    expect(log).toHaveLength(1);
    expect(err.requestId).toBe(log[0]!.requestId);
    expect(err.message).toBe(
      `getOrganization failed: 401 authentication_error: invalid x-api-key (request-id ${log[0]!.requestId}). ` +
        "Check the admin key: `pulumi config set --secret anthropic:adminKey <admin key>` or ANTHROPIC_ADMIN_KEY.",
    );
  });
});
