/**
 * The values of the `getUsage` filters, as the analytics endpoints document them (the SDK's
 * BetaAnalyticsUsageCostProductFilter, BetaAnalyticsServiceTier, BetaAnalyticsInferenceGeoFilter).
 * Their types (UsageProduct, ServiceTier, InferenceGeoFilter) are generated from the declaration
 * (declarations/usage.ts) into generated/usage.ts.
 */
export const USAGE_PRODUCTS = [
  "messages_api", "message_batches_api", "managed_agents_api", "claude_code", "claude_console", "chat",
  "chat_cowork_unified", "cowork", "claude_design", "claude_in_chrome", "claude_tag", "office_agent",
] as const;
export const SERVICE_TIERS = ["standard", "batch", "priority", "priority_on_demand", "flex", "flex_discount"] as const;
/** `not_available` selects usage without an inference geo. */
export const INFERENCE_GEOS = ["global", "us", "not_available"] as const;
