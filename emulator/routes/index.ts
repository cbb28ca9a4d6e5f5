import type { Route } from "../router";
import { analyticsRoutes } from "./analytics";
import { apiKeyRoutes } from "./api-keys";
import { inviteRoutes } from "./invites";
import { memberRoutes } from "./members";
import { organizationRoutes } from "./organization";
import { rateLimitRoutes } from "./rate-limits";
import { spendLimitRoutes } from "./spend-limits";
import { userRoutes } from "./users";
import { workspaceRoutes } from "./workspaces";

/** Every Admin API endpoint the emulator serves (DESIGN section 3, the key-creation extension included). */
export const apiRoutes: Route[] = [
  ...organizationRoutes,
  ...userRoutes,
  ...inviteRoutes,
  ...workspaceRoutes,
  ...memberRoutes,
  ...rateLimitRoutes,
  ...spendLimitRoutes,
  ...apiKeyRoutes,
  ...analyticsRoutes,
];
