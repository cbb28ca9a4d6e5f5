import type { Route } from "../router";
import { analyticsRoutes } from "./analytics";
import { apiKeyRoutes } from "./api-keys";
import { complianceRoutes } from "./compliance";
import { externalKeyRoutes } from "./external-keys";
import { rbacRoutes } from "./rbac";
import { inviteRoutes } from "./invites";
import { memberRoutes } from "./members";
import { organizationRoutes } from "./organization";
import { rateLimitRoutes } from "./rate-limits";
import { spendLimitRoutes } from "./spend-limits";
import { userRoutes } from "./users";
import { workspaceRoutes } from "./workspaces";
import { webhookRoutes } from "./webhooks";
import { telemetryDestinationRoutes } from "./telemetry-destinations";
import { federationIssuerRoutes } from "./federation-issuers";
import { federationRuleRoutes } from "./federation-rules";
import { oauthTokenRoutes } from "./oauth-token";
import { serviceAccountWorkspaceRoutes } from "./service-account-workspaces";
import { serviceAccountRoutes } from "./service-accounts";

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
  ...webhookRoutes,
  ...telemetryDestinationRoutes,
  ...externalKeyRoutes,
  ...complianceRoutes,
  ...rbacRoutes,
  ...serviceAccountRoutes,
  ...serviceAccountWorkspaceRoutes,
  ...federationIssuerRoutes,
  ...federationRuleRoutes,
  ...oauthTokenRoutes,
];
