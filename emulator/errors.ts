import type { z } from "zod";

export type ErrorType =
  | "invalid_request_error"
  | "authentication_error"
  | "permission_error"
  | "not_found_error"
  | "conflict_error"
  | "request_too_large"
  | "rate_limit_error"
  | "api_error"
  | "timeout_error"
  | "overloaded_error";

const TYPE_BY_STATUS: Record<number, ErrorType> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  405: "invalid_request_error",
  409: "conflict_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  504: "timeout_error",
  529: "overloaded_error",
};

export function errorTypeFor(status: number): ErrorType {
  return TYPE_BY_STATUS[status] ?? (status >= 500 ? "api_error" : "invalid_request_error");
}

/** A rejected request. Thrown by handlers before they change anything, rendered by the server. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** `error.details.error_code`, which the SDK maps to its typed error classes. */
    readonly errorCode?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(requestId: string): object {
    const error: Record<string, unknown> = { type: errorTypeFor(this.status), message: this.message };
    if (this.errorCode) error.details = { error_code: this.errorCode };
    return { type: "error", error, request_id: requestId };
  }
}

export const invalid = (message: string, errorCode?: string) => new ApiError(400, message, errorCode);
export const notFound = (what: string, id: string) => new ApiError(404, `${what} '${id}' not found.`);

/** One line per zod issue, naming the field the way the request spelled it. */
export function describeIssues(error: z.ZodError, where: "body" | "query"): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join(".") : where;
      return `${path}: ${issue.message}`;
    })
    .join("; ");
}
