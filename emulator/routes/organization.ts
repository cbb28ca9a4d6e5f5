import type { Route } from "../router";

export const organizationRoutes: Route[] = [
  { method: "GET", template: "/v1/organizations/me", handler: ({ store }) => store.organization },
];
