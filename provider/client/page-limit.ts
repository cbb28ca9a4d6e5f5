/** The Admin API accepts 1..1000 items per page; fewer, larger pages spend less of the rate limit. */
import { InvalidRequestError } from "./errors";

export const MAX_PAGE_SIZE = 1000;

export function pageLimit(limit: number | undefined, operation: string): number {
  if (limit === undefined) return MAX_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new InvalidRequestError(`${operation} was not sent: limit must be an integer from 1 to ${MAX_PAGE_SIZE}`, {
      operation,
    });
  }
  return limit;
}
