import { newId } from "./ids";

// The organization's rate-limit entries (`GET /v1/organizations/rate_limits`). Group ids are the same in
// every organization (as the SDK documents); entry ids differ per organization, so they are minted on reset.

export type RateLimitGroupType = "batch" | "files" | "model_group" | "skills" | "token_count" | "web_search";

export interface RateLimitGroup {
  id: string;
  type: RateLimitGroupType;
  display_name?: string;
}

export interface OrganizationRateLimit {
  id: string;
  type: "rate_limit";
  group: RateLimitGroup;
  models: string[] | null;
  limits: Array<{ type: string; value: number }>;
}

const MODEL_LIMITS = (rpm: number, itpm: number, otpm: number) => [
  { type: "requests_per_minute", value: rpm },
  { type: "input_tokens_per_minute_cache_aware", value: itpm },
  { type: "output_tokens_per_minute", value: otpm },
];

const CATALOG: Array<Omit<OrganizationRateLimit, "id" | "type">> = [
  {
    group: { id: "rlg_01Ops4xGroup000000000001", type: "model_group", display_name: "Claude Opus 4.x" },
    models: ["claude-opus-4-1", "claude-opus-4-1-20250805", "claude-opus-4-0", "claude-opus-4-20250514"],
    limits: MODEL_LIMITS(4000, 2_000_000, 400_000),
  },
  {
    group: { id: "rlg_01Snt4xGroup000000000002", type: "model_group", display_name: "Claude Sonnet 4.x" },
    models: ["claude-sonnet-4-5", "claude-sonnet-4-5-20250929", "claude-sonnet-4-0", "claude-sonnet-4-20250514"],
    limits: MODEL_LIMITS(4000, 2_000_000, 400_000),
  },
  {
    group: { id: "rlg_01Hku4xGroup000000000003", type: "model_group", display_name: "Claude Haiku 4.x" },
    models: ["claude-haiku-4-5", "claude-haiku-4-5-20251001"],
    limits: MODEL_LIMITS(4000, 4_000_000, 800_000),
  },
  { group: { id: "rlg_01BatchGroup00000000004", type: "batch" }, models: null, limits: [{ type: "requests_per_minute", value: 4000 }] },
  { group: { id: "rlg_01FilesGroup00000000005", type: "files" }, models: null, limits: [{ type: "requests_per_minute", value: 1000 }] },
  { group: { id: "rlg_01SkillGroup00000000006", type: "skills" }, models: null, limits: [{ type: "requests_per_minute", value: 500 }] },
  { group: { id: "rlg_01TokenGroup00000000007", type: "token_count" }, models: null, limits: [{ type: "requests_per_minute", value: 2000 }] },
  { group: { id: "rlg_01WebSrGroup00000000008", type: "web_search" }, models: null, limits: [{ type: "tool_uses_per_second", value: 30 }] },
];

export function organizationRateLimits(): OrganizationRateLimit[] {
  return CATALOG.map((entry) => ({
    id: newId("rlim"),
    type: "rate_limit",
    group: { ...entry.group },
    models: entry.models ? [...entry.models] : null,
    limits: entry.limits.map((l) => ({ ...l })),
  }));
}
