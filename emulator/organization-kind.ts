import { ApiError } from "./errors";

/**
 * The two kinds of organization the Admin API serves differently: a Claude Console (API) organization and
 * a Claude Enterprise one. Chosen when the emulator starts and fixed for its life, as a real organization's
 * kind is.
 */
export type OrganizationType = "console" | "enterprise";

export const ORGANIZATION_TYPES: readonly OrganizationType[] = ["console", "enterprise"];

const LABEL: Record<OrganizationType, string> = {
  console: "Claude Console",
  enterprise: "Claude Enterprise",
};

export function isOrganizationType(value: unknown): value is OrganizationType {
  return typeof value === "string" && (ORGANIZATION_TYPES as readonly string[]).includes(value);
}

/**
 * The SDK documents one error for an endpoint or feature the organization's kind does not have
 * (`OrganizationTypeNotSupportedError`: 400, `error_code: organization_type_not_supported`, "each endpoint's
 * description says which organization types it supports"). The message names both kinds, as the API's does.
 */
export function organizationTypeNotSupported(feature: string, supported: OrganizationType, actual: OrganizationType): ApiError {
  return new ApiError(
    400,
    `${feature}: supported for ${LABEL[supported]} organizations only; this is a ${LABEL[actual]} organization.`,
    "organization_type_not_supported",
  );
}

/** Refuses an Enterprise-only feature (RBAC groups, the `managed` role, effective spend limits) on a Console org. */
export function requireEnterprise(store: { readonly organizationType: OrganizationType }, feature: string): void {
  if (store.organizationType !== "enterprise") {
    throw organizationTypeNotSupported(feature, "enterprise", store.organizationType);
  }
}

/** Refuses a Console-only feature (workspace spend limits, the Console roles) on an Enterprise org. */
export function requireConsole(store: { readonly organizationType: OrganizationType }, feature: string): void {
  if (store.organizationType !== "console") {
    throw organizationTypeNotSupported(feature, "console", store.organizationType);
  }
}
