import type { APIKeyUpdateParams } from "@anthropic-ai/sdk/resources/beta/organization/api-keys";
import type { BetaSpendSummary, SpendLimitSetParams } from "@anthropic-ai/sdk/resources/beta/organization/spend-limits/spend-limits";
import type { BetaOrganizationRateLimit } from "@anthropic-ai/sdk/resources/beta/organization/rate-limits";
import type { RateLimitUpdateParams } from "@anthropic-ai/sdk/resources/beta/organization/workspaces/rate-limits";
import type { WorkspaceCreateParams, WorkspaceUpdateParams } from "@anthropic-ai/sdk/resources/beta/organization/workspaces/workspaces";
import { describe, expect, it } from "vitest";
import {
  ApiKeyUpdateBody, RateLimitUpdateBody, SpendLimitSetBody, WorkspaceCreateBody, WorkspaceUpdateBody,
} from "../../provider/client/request-schemas";
import { ErrorBodySchema, OrganizationRateLimitSchema, RATE_LIMITER_TYPES, SpendSummarySchema } from "../../provider/client/schemas";

// Request bodies accept exactly what the SDK's *Params types allow, nulls included, and refuse values
// outside its enums; the fixtures are typed with the SDK's own types, so a field renamed there fails here.

type Body<T> = Omit<T, "betas" | "workspace_id">;

describe("request bodies follow the SDK's nullability", () => {
  it("WorkspaceCreateBody: every nullable field of WorkspaceCreateParams may be null", () => {
    const body: Body<WorkspaceCreateParams> = {
      name: "Prod", display_color: null, tags: null, external_key_id: null, user_profile_id: null,
      data_residency: { workspace_geo: null, allowed_inference_geos: null, default_inference_geo: null },
    };
    expect(WorkspaceCreateBody.safeParse(body).success).toBe(true);
    expect(WorkspaceCreateBody.safeParse({ name: "Prod", data_residency: null }).success).toBe(true);
  });

  it("WorkspaceUpdateBody: tags and data_residency may be null; name and display_color may not", () => {
    const body: Body<WorkspaceUpdateParams> = {
      tags: null, data_residency: { allowed_inference_geos: null, default_inference_geo: null }, external_key_id: "ek_1", user_profile_id: "uprof_1",
    };
    expect(WorkspaceUpdateBody.safeParse(body).success).toBe(true);
    expect(WorkspaceUpdateBody.safeParse({ data_residency: null }).success).toBe(true);
    expect(WorkspaceUpdateBody.safeParse({ name: null }).success).toBe(false);
    expect(WorkspaceUpdateBody.safeParse({ display_color: null }).success).toBe(false);
  });

  it("ApiKeyUpdateBody: name and status may be null; status is active, inactive or archived", () => {
    const body: APIKeyUpdateParams = { name: null, status: null };
    expect(ApiKeyUpdateBody.safeParse(body).success).toBe(true);
    expect(ApiKeyUpdateBody.safeParse({ status: "expired" }).success).toBe(false);
  });

  it("SpendLimitSetBody: a null amount (explicit no limit), a user scope and any period", () => {
    const body: Body<SpendLimitSetParams> = { amount: null, scope: { type: "user", user_id: "user_1" }, period: "weekly" };
    expect(SpendLimitSetBody.safeParse(body).success).toBe(true);
    expect(SpendLimitSetBody.safeParse({ amount: "1", scope: { type: "workspace" } }).success).toBe(false);
  });
});

describe("request bodies follow the SDK's enums", () => {
  it("RateLimitUpdateBody takes each BetaWorkspaceRateLimitType and refuses any other, naming the allowed ones", () => {
    const body: Body<RateLimitUpdateParams> = { limits: RATE_LIMITER_TYPES.map((type) => ({ type, value: null })) };
    expect(RateLimitUpdateBody.safeParse(body).success).toBe(true);
    const refused = RateLimitUpdateBody.safeParse({ limits: [{ type: "requests_per_hour", value: 1 }] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(`'requests_per_hour' is not a limiter type; expected one of ${RATE_LIMITER_TYPES.join(", ")}`);
    expect(refused.error?.issues[0]?.path).toEqual(["limits", 0, "type"]);
  });
});

describe("response schemas of the new reads", () => {
  it("SpendSummarySchema reads a BetaSpendSummary, fractional spend included", () => {
    const row: BetaSpendSummary = {
      actor: { type: "user_actor", user_id: "user_1", email_address: null, name: null, deleted: true },
      amount: null, currency: "USD", period: "monthly", period_to_date_spend: "12050.5",
      scope: { type: "user", user_id: "user_1" }, source: { type: "rbac_group", rbac_group_id: "rbac_group_1" }, spend_limit_id: "spl_1",
    };
    expect(SpendSummarySchema.parse(row)).toEqual(row);
    const apiKeyRow: BetaSpendSummary = { ...row, actor: { type: "scoped_api_key_actor", scoped_api_key_id: "sak_1" } };
    expect(SpendSummarySchema.parse(apiKeyRow).actor).toEqual({ type: "scoped_api_key_actor", scoped_api_key_id: "sak_1" });
  });

  it("OrganizationRateLimitSchema reads a BetaOrganizationRateLimit", () => {
    const entry: BetaOrganizationRateLimit = {
      id: "rl_1", type: "rate_limit", group: { id: "g", type: "model_group", display_name: "Claude Sonnet" },
      models: ["claude-sonnet-4-5"], limits: [{ type: "requests_per_minute", value: 4000 }],
    };
    expect(OrganizationRateLimitSchema.parse(entry)).toEqual(entry);
  });

  it("ErrorBodySchema keeps error.details.error_code, and tolerates a body without details", () => {
    const withCode = { type: "error", error: { type: "invalid_request_error", message: "m", details: { error_code: "organization_not_enrolled_in_beta" } } };
    expect(ErrorBodySchema.parse(withCode).error.details?.error_code).toBe("organization_not_enrolled_in_beta");
    expect(ErrorBodySchema.parse({ type: "error", error: { type: "api_error", message: "m" } }).error.details).toBeUndefined();
    expect(ErrorBodySchema.safeParse({ type: "error", error: { type: "api_error", message: "m", details: "odd" } }).success).toBe(true);
  });
});
