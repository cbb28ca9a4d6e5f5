import { z } from "zod";
import { describeIssues, invalid } from "./errors";

/** Query parameters as the SDK sends them: `group_by[]=a&group_by[]=b` becomes `{ group_by: ["a", "b"] }`. */
export type Query = Record<string, string | string[]>;

export function queryOf(search: URLSearchParams): Query {
  const out: Query = {};
  for (const [rawKey, value] of search) {
    const isList = rawKey.endsWith("[]");
    const key = isList ? rawKey.slice(0, -2) : rawKey;
    const prior = out[key];
    if (prior === undefined) out[key] = isList ? [value] : value;
    else out[key] = Array.isArray(prior) ? [...prior, value] : [prior, value];
  }
  return out;
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, where: "body" | "query"): z.infer<S> {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw invalid(describeIssues(result.error, where));
  return result.data;
}

/** Schemas for query strings, where every value arrives as text. */
export const q = {
  bool: () =>
    z.enum(["true", "false"], { error: "must be true or false" }).transform((v) => v === "true").optional(),
  int: (min: number, max: number) =>
    z.string().regex(/^-?\d+$/, "must be an integer").transform(Number).pipe(
      z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`),
    ),
  list: <T extends z.ZodType>(item: T) =>
    z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(item)).optional(),
  one: () => z.string({ error: "must be given once" }).optional(),
};

export const limitParam = q.int(1, 1000);
