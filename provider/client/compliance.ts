/** Compliance settings: `/v1/organizations/compliance_settings`, one per organization, no id. */
import { z } from "zod";
import { request, type RequestContext } from "./request";

export const COMPLIANCE_STATES = ["enabled", "disabled"] as const;

export const ComplianceSettingsSchema = z.lazy(() => z.looseObject({
  type: z.literal("compliance_settings"),
  state: z.looseObject({ type: z.string() }),
  access_transparency: z.looseObject({ type: z.string() }).optional(),
}));

/** The object form; the API also takes the string shorthand, which this package never sends. */
export const ComplianceSettingsUpdateBody = z.lazy(() => z.looseObject({
  state: z.looseObject({ type: z.enum(COMPLIANCE_STATES) }),
}));

export type WireComplianceSettings = z.infer<typeof ComplianceSettingsSchema>;
export type ComplianceSettingsUpdateBody = z.input<typeof ComplianceSettingsUpdateBody>;

export interface ComplianceApi {
  getComplianceSettings(): Promise<WireComplianceSettings>;
  /** Setting the state it already has succeeds and changes nothing, so it is safe to resend. */
  updateComplianceSettings(body: ComplianceSettingsUpdateBody): Promise<WireComplianceSettings>;
}

export function complianceApi(ctx: RequestContext): ComplianceApi {
  return {
    getComplianceSettings: () =>
      request(ctx, { operation: "getComplianceSettings", method: "GET", path: ["compliance_settings"], schema: ComplianceSettingsSchema }),
    updateComplianceSettings: (body) =>
      request(ctx, {
        operation: "updateComplianceSettings",
        method: "POST",
        path: ["compliance_settings"],
        body,
        bodySchema: ComplianceSettingsUpdateBody,
        idempotent: true,
        schema: ComplianceSettingsSchema,
      }),
  };
}
