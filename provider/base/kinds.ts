/**
 * The resource kinds of the package, each listed once: the one table that the dynamic shims
 * (resources/shim.ts and dynamic/kinds/*.ts), the handler loader (resources/handlers-of.ts), the credential
 * each kind needs (credentials/endpoints.ts) and the native provider's type tokens follow from.
 *
 * A leaf: it imports nothing, so that every layer may import it downward.
 *
 * `module` is a contract with every stack ever created: each resource's state stores its provider as
 * `require("pulumi-anthropic/internal/dynamic/<module>")` (resources/shim.ts), so a module name never
 * changes, and neither does a kind's name (the type token of its resources). The same name is the
 * kind's folder under resources/, whose operations.ts exports `<kind in camelCase>Handlers`.
 */

interface KindEntry {
  /** `pulumi-anthropic/internal/dynamic/<module>`, and the kind's folder `resources/<module>/`. */
  readonly module: string;
  /**
   * The endpoints the kind manages, as the path (segments below `/v1/organizations/`, `*` for one id)
   * its requests start with, where that decides the credential they take (credentials/endpoints.ts);
   * a kind without one manages only endpoints that take any credential.
   */
  readonly route?: readonly string[];
}

const KINDS = {
  Workspace: { module: "workspace" },
  ApiKey: { module: "api-key" },
  UserInvite: { module: "user-invite" },
  WorkspaceMember: { module: "workspace-member" },
  OrganizationMember: { module: "organization-member" },
  ExternalKey: { module: "external-key" },
  ComplianceSettings: { module: "compliance-settings" },
  RbacGroup: { module: "rbac-group" },
  RbacGroupMember: { module: "rbac-group-member" },
  WebhookEndpoint: { module: "webhook-endpoint" },
  TelemetryDestination: { module: "telemetry-destination" },
  ServiceAccount: { module: "service-account", route: ["service_accounts"] },
  ServiceAccountWorkspace: { module: "service-account-workspace", route: ["service_accounts", "*", "workspaces"] },
  FederationIssuer: { module: "federation-issuer", route: ["federation_issuers"] },
  FederationRule: { module: "federation-rule", route: ["federation_rules"] },
} as const satisfies Record<string, KindEntry>;

/** The resource kinds this package implements. */
export type ResourceKind = keyof typeof KINDS;

/** Every kind, in the table's order. */
export const RESOURCE_KINDS = Object.keys(KINDS) as ResourceKind[];

/** Whether `name` is a kind of this package (a name read from a state or a request may be any string). */
export function isResourceKind(name: unknown): name is ResourceKind {
  return typeof name === "string" && Object.hasOwn(KINDS, name);
}

/** The kind's module: `pulumi-anthropic/internal/dynamic/<module>` and `resources/<module>/`. */
export function moduleOf(kind: ResourceKind): string {
  return KINDS[kind].module;
}

/** The kind whose module is `module`, or undefined. */
export function kindOfModule(module: string): ResourceKind | undefined {
  return RESOURCE_KINDS.find((kind) => KINDS[kind].module === module);
}

/** The path the kind's requests start with, where it decides the credential (see KindEntry.route). */
export function routeOf(kind: ResourceKind): readonly string[] | undefined {
  const entry: KindEntry = KINDS[kind];
  return entry.route;
}

/** The kind's type token in the package schema the native provider serves: `anthropic:index:<Kind>`. */
export function typeToken(kind: ResourceKind): string {
  return `anthropic:index:${kind}`;
}

/** The kind a type token names (`anthropic:index:<Kind>`), or undefined for a token of no kind of this package. */
export function kindOfToken(token: string): ResourceKind | undefined {
  const match = /^anthropic:index:([A-Za-z]+)$/.exec(token);
  return match && isResourceKind(match[1]) ? match[1] : undefined;
}
