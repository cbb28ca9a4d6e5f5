/** Limiter types a workspace can override, in the user's words, with their wire names. */
export const rateLimiterTypes = {
  requestsPerMinute: "requests_per_minute",
  inputTokensPerMinute: "input_tokens_per_minute",
  inputTokensPerMinuteCacheAware: "input_tokens_per_minute_cache_aware",
  outputTokensPerMinute: "output_tokens_per_minute",
  tokensPerMinute: "tokens_per_minute",
  tokensPerDay: "tokens_per_day",
  toolUsesPerSecond: "tool_uses_per_second",
} as const;
export type RateLimiterName = keyof typeof rateLimiterTypes;
