import { describe, expect, it } from "vitest";
import {
  AnthropicAdminError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InvalidRequestError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  TimeoutError,
  errorClassForStatus,
  formatHttpErrorMessage,
  httpError,
} from "../../provider/client/errors";

describe("error message", () => {
  it("names the operation, status, error type, server message and request id", () => {
    expect(
      formatHttpErrorMessage({
        operation: "createWorkspace",
        status: 404,
        errorType: "not_found_error",
        serverMessage: "Workspace wrkspc_1 not found",
        requestId: "req_abc",
        attempts: 1,
      }),
    ).toBe("createWorkspace failed: 404 not_found_error: Workspace wrkspc_1 not found (request-id req_abc)");
  });

  it("says what to do next for authentication failures", () => {
    const message = formatHttpErrorMessage({ operation: "getOrganization", status: 401, errorType: "authentication_error", serverMessage: "invalid x-api-key", requestId: "req_1", attempts: 1 });
    expect(message).toMatch(/^getOrganization failed: 401 authentication_error: invalid x-api-key \(request-id req_1\)\. /);
    expect(message).toContain("anthropic:adminKey");
  });

  it("reports how many retries preceded a rate-limit failure", () => {
    const message = formatHttpErrorMessage({ operation: "listUsers", status: 429, errorType: "rate_limit_error", serverMessage: "slow down", requestId: "req_9", attempts: 3 });
    expect(message).toContain("Retried 2 time(s).");
    expect(message).toContain("--parallel");
  });

  it("copes with a body that carried no error envelope", () => {
    expect(formatHttpErrorMessage({ operation: "getUser", status: 502, attempts: 1 })).toMatch(/^getUser failed: 502: \(no message\)\. /);
  });
});

describe("error classes", () => {
  it.each([
    [400, InvalidRequestError, "ANTHROPIC_INVALID_REQUEST"],
    [413, InvalidRequestError, "ANTHROPIC_INVALID_REQUEST"],
    [422, InvalidRequestError, "ANTHROPIC_INVALID_REQUEST"],
    [401, AuthenticationError, "ANTHROPIC_AUTHENTICATION"],
    [403, PermissionError, "ANTHROPIC_PERMISSION"],
    [404, NotFoundError, "ANTHROPIC_NOT_FOUND"],
    [409, ConflictError, "ANTHROPIC_CONFLICT"],
    [429, RateLimitError, "ANTHROPIC_RATE_LIMIT"],
    [500, ServerError, "ANTHROPIC_SERVER"],
    [529, ServerError, "ANTHROPIC_SERVER"],
    [405, AnthropicAdminError, "ANTHROPIC_API_ERROR"],
  ])("maps %i to %o with code %s", (status, Class, code) => {
    expect(errorClassForStatus(status)).toBe(Class);
    const err = httpError({ operation: "op", status, errorType: "t", serverMessage: "m", requestId: "req_x", attempts: 2, retryAfterMs: 1000 });
    expect(err).toBeInstanceOf(Class);
    expect(err).toBeInstanceOf(AnthropicAdminError);
    expect(err.code).toBe(code);
    expect(err.name).toBe(Class.name);
    expect({ status: err.status, errorType: err.errorType, requestId: err.requestId, operation: err.operation }).toEqual({
      status,
      errorType: "t",
      requestId: "req_x",
      operation: "op",
    });
    expect(err.attempts).toBe(2);
    expect(err.retryAfterMs).toBe(1000);
    expect(err.serverMessage).toBe("m");
  });

  it("makes a timeout a kind of connection error", () => {
    const err = new TimeoutError("t", { operation: "getUser" });
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err.code).toBe("ANTHROPIC_TIMEOUT");
    expect(new ConnectionError("c", { operation: "x" }).code).toBe("ANTHROPIC_CONNECTION");
    expect(err.status).toBeUndefined();
  });
});
