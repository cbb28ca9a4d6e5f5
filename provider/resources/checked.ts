import type { z } from "zod";
import { checkInputs, type CheckResult } from "./check";
import { isInternal } from "./declared";

/**
 * `checkInputs` for a resource whose class adds internal inputs (`__owner`): those are not the user's,
 * so they skip validation and pass through to create.
 */
export function checkResource<S extends z.ZodType>(schema: S, news: Record<string, unknown>): CheckResult<z.output<S>> {
  const internal = Object.fromEntries(Object.entries(news).filter(([key]) => isInternal(key) && key !== "__provider"));
  const user = Object.fromEntries(Object.entries(news).filter(([key]) => !(key in internal)));
  const result = checkInputs(schema, user);
  return { ...result, inputs: { ...(result.inputs as Record<string, unknown>), ...internal } };
}
