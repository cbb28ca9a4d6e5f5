/**
 * Workload identity federation: issuers (`/v1/organizations/federation_issuers`), rules
 * (`/v1/organizations/federation_rules`) and the workspaces a rule is enabled for. OAuth `org:admin` only.
 * Rules whose `oauth_scope` goes beyond `workspace:developer`/`workspace:inference` can only be managed in
 * the Console; the API answers 403 to every write on them.
 */
import { z } from "zod";
import { cursorPageSchema, paginateByCursor } from "./pagination";
import { pageLimit } from "./page-limit";
import { request, type RequestContext } from "./request";
import { FEDERATION_PAGE_SIZE } from "./service-accounts";
import {
  FederationIssuerSchema, FederationRuleSchema, FederationRuleWorkspaceDeletedSchema, FederationRuleWorkspaceSchema,
  IssuerCreateBody, IssuerUpdateBody, RuleCreateBody, RuleUpdateBody, type WireFederationIssuer, type WireFederationRule,
  type WireFederationRuleWorkspace, type WireFederationRuleWorkspaceDeleted,
} from "./federation-schemas";

export interface ListFederationIssuersParams {
  includeArchived?: boolean;
  limit?: number;
}

export interface ListFederationRulesParams extends ListFederationIssuersParams {
  /** Only the rules of this issuer. */
  issuerId?: string;
}

export interface FederationApi {
  /** Not retried after it may have reached the server: a second issuer could be created. */
  createFederationIssuer(body: IssuerCreateBody): Promise<WireFederationIssuer>;
  getFederationIssuer(issuerId: string): Promise<WireFederationIssuer>;
  listFederationIssuers(params?: ListFederationIssuersParams): AsyncIterable<WireFederationIssuer>;
  updateFederationIssuer(issuerId: string, body: IssuerUpdateBody): Promise<WireFederationIssuer>;
  /** Refused (400) while a live rule uses the issuer. */
  archiveFederationIssuer(issuerId: string): Promise<WireFederationIssuer>;
  createFederationRule(body: RuleCreateBody): Promise<WireFederationRule>;
  getFederationRule(ruleId: string): Promise<WireFederationRule>;
  listFederationRules(params?: ListFederationRulesParams): AsyncIterable<WireFederationRule>;
  updateFederationRule(ruleId: string, body: RuleUpdateBody): Promise<WireFederationRule>;
  /** Stops token exchange through the rule and clears its workspaces; minted tokens live on until they expire. */
  archiveFederationRule(ruleId: string): Promise<WireFederationRule>;
  /** Explicit enablements only, all in one response. */
  listFederationRuleWorkspaces(ruleId: string): AsyncIterable<WireFederationRuleWorkspace>;
  /** Idempotent: enabling again answers the existing enablement. */
  addFederationRuleWorkspace(ruleId: string, workspaceId: string): Promise<WireFederationRuleWorkspace>;
  removeFederationRuleWorkspace(ruleId: string, workspaceId: string): Promise<WireFederationRuleWorkspaceDeleted>;
}

const IssuersPage = cursorPageSchema(FederationIssuerSchema);
const RulesPage = cursorPageSchema(FederationRuleSchema);
const RuleWorkspacesPage = cursorPageSchema(FederationRuleWorkspaceSchema);
const EnableBody = z.lazy(() => z.looseObject({ workspace_id: z.string().min(1) }));

export function federationApi(ctx: RequestContext): FederationApi {
  const limitOf = (limit: number | undefined, operation: string) => pageLimit(limit ?? FEDERATION_PAGE_SIZE, operation);
  return {
    createFederationIssuer: (body) =>
      request(ctx, {
        operation: "createFederationIssuer", method: "POST", path: ["federation_issuers"], body,
        bodySchema: IssuerCreateBody, idempotent: false, schema: FederationIssuerSchema,
      }),
    getFederationIssuer: (id) =>
      request(ctx, { operation: "getFederationIssuer", method: "GET", path: ["federation_issuers", id], schema: FederationIssuerSchema }),
    listFederationIssuers: (params = {}) =>
      paginateByCursor("listFederationIssuers", (page) =>
        request(ctx, {
          operation: "listFederationIssuers", method: "GET", path: ["federation_issuers"],
          query: { include_archived: params.includeArchived, limit: limitOf(params.limit, "listFederationIssuers"), page },
          schema: IssuersPage,
        }),
      ),
    updateFederationIssuer: (id, body) =>
      request(ctx, {
        operation: "updateFederationIssuer", method: "POST", path: ["federation_issuers", id], body,
        bodySchema: IssuerUpdateBody, idempotent: true, schema: FederationIssuerSchema,
      }),
    archiveFederationIssuer: (id) =>
      request(ctx, {
        operation: "archiveFederationIssuer", method: "POST", path: ["federation_issuers", id, "archive"], idempotent: true,
        schema: FederationIssuerSchema,
      }),
    createFederationRule: (body) =>
      request(ctx, {
        operation: "createFederationRule", method: "POST", path: ["federation_rules"], body,
        bodySchema: RuleCreateBody, idempotent: false, schema: FederationRuleSchema,
      }),
    getFederationRule: (id) =>
      request(ctx, { operation: "getFederationRule", method: "GET", path: ["federation_rules", id], schema: FederationRuleSchema }),
    listFederationRules: (params = {}) =>
      paginateByCursor("listFederationRules", (page) =>
        request(ctx, {
          operation: "listFederationRules", method: "GET", path: ["federation_rules"],
          query: {
            include_archived: params.includeArchived, issuer_id: params.issuerId,
            limit: limitOf(params.limit, "listFederationRules"), page,
          },
          schema: RulesPage,
        }),
      ),
    updateFederationRule: (id, body) =>
      request(ctx, {
        operation: "updateFederationRule", method: "POST", path: ["federation_rules", id], body,
        bodySchema: RuleUpdateBody, idempotent: true, schema: FederationRuleSchema,
      }),
    archiveFederationRule: (id) =>
      request(ctx, {
        operation: "archiveFederationRule", method: "POST", path: ["federation_rules", id, "archive"], idempotent: true,
        schema: FederationRuleSchema,
      }),
    listFederationRuleWorkspaces: (id) =>
      paginateByCursor("listFederationRuleWorkspaces", (page) =>
        request(ctx, {
          operation: "listFederationRuleWorkspaces", method: "GET", path: ["federation_rules", id, "workspaces"],
          query: { page }, schema: RuleWorkspacesPage,
        }),
      ),
    addFederationRuleWorkspace: (id, workspaceId) =>
      request(ctx, {
        operation: "addFederationRuleWorkspace", method: "POST", path: ["federation_rules", id, "workspaces"],
        body: { workspace_id: workspaceId }, bodySchema: EnableBody, idempotent: true, schema: FederationRuleWorkspaceSchema,
      }),
    removeFederationRuleWorkspace: (id, workspaceId) =>
      request(ctx, {
        operation: "removeFederationRuleWorkspace", method: "DELETE", path: ["federation_rules", id, "workspaces", workspaceId],
        schema: FederationRuleWorkspaceDeletedSchema,
      }),
  };
}
