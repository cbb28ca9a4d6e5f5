import { describe, expect, it } from "vitest";
import { httpError } from "../../provider/client/errors";
import { PartialResourceError } from "../../provider/resources/outcomes";

describe("PartialResourceError", () => {
  const cause = httpError({
    operation: 'Workspace "prod": setSpendLimit', status: 500, errorType: "api_error", serverMessage: "boom", requestId: "req_1", attempts: 3,
  });
  const error = new PartialResourceError("wrkspc_1", { name: "prod" }, cause);

  // The engine prints `reasons` for a resource that was created but failed to initialize, never the message.
  it("carries what to do next in the reasons the engine prints", () => {
    expect(error.reasons).toHaveLength(1);
    expect(error.reasons[0]).toMatch(/^wrkspc_1 was created but is not complete; run `pulumi up` again to finish it\. /);
    expect(error.reasons[0]).toContain('Workspace "prod": setSpendLimit failed: 500 api_error: boom (request-id req_1)');
  });

  it("says the same in its message, for callers outside the engine", () => {
    expect(error.message).toBe(error.reasons[0]);
    expect(error.cause).toBe(cause);
  });
});
