import type { UsageTotals } from "../generated/usage";

/** The figures of a bucket, a model or the whole period: tokens, requests and cost (declarations/usage.ts). */
export type UsageFigures = Omit<UsageTotals, "models">;
