/** `GET /v1/organizations/me`: the organization the admin key belongs to. */
import { request, type RequestContext } from "./request";
import { OrganizationSchema, type WireOrganization } from "./schemas";

export interface OrganizationApi {
  getOrganization(): Promise<WireOrganization>;
}

export function organizationApi(ctx: RequestContext): OrganizationApi {
  return {
    getOrganization: () =>
      request(ctx, { operation: "getOrganization", method: "GET", path: ["me"], schema: OrganizationSchema }),
  };
}
