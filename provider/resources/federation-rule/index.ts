import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../shim";
import { isResourceOf, ownerInput, withOutputs } from "../resource-options";

/** Which identity tokens a rule accepts; every field set must pass. Written out so the typings carry no zod types. */
export interface FederationRuleMatch {
  /** Exact match against the token's `aud` (any element); unset: the audience Anthropic expects for the issuer. */
  audience?: pulumi.Input<string>;
  /** Exact match on `sub`, or a prefix match when it ends with `*`, e.g. `repo:my-org/deploy:ref:refs/heads/main`. */
  subjectPrefix?: pulumi.Input<string>;
  /** Exact `{claim: value}` pairs against top-level string claims, e.g. `{ repository_owner: "my-org" }`. */
  claims?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /** A CEL expression over `claims`, for what the fields above cannot say. */
  condition?: pulumi.Input<string>;
}

export interface FederationRuleArgs {
  /** The issuer whose tokens the rule accepts (`fdis_...`), e.g. a FederationIssuer's `id`. Changing it replaces. */
  issuerId: pulumi.Input<string>;
  /**
   * The issuer's URL, e.g. the FederationIssuer's `issuerUrl`. Not sent to the API: with it, preview
   * checks that a rule on a well-known shared issuer (GitHub Actions, GitLab, Buildkite, Terraform Cloud,
   * Google) pins the tenant; without it, the API checks at create.
   */
  issuerUrl?: pulumi.Input<string>;
  /** Which tokens qualify: at least one of `subjectPrefix`, `claims` or `condition`. Replaced as a whole, in place. */
  match: pulumi.Input<FederationRuleMatch>;
  /**
   * Space-separated scopes of the minted tokens: `workspace:developer` and/or `workspace:inference`. Rules
   * granting other scopes (`org:admin`) can only be made in the Console. Updated in place.
   */
  oauthScope: pulumi.Input<string>;
  /** The service account (`svac_...`) minted tokens act as; it must be a member of each workspace. Updated in place. */
  serviceAccountId: pulumi.Input<string>;
  /**
   * The workspaces (`wrkspc_...`) the rule mints tokens into, a set; required unless `appliesToAllWorkspaces`.
   * Pass ServiceAccountWorkspace outputs so that the rule waits for the memberships. Updated in place.
   */
  workspaceIds?: pulumi.Input<pulumi.Input<string>[]>;
  /** Enable the rule in every workspace, also those made later. Updated in place. */
  appliesToAllWorkspaces?: pulumi.Input<boolean>;
  /** Lifetime of minted access tokens, 60-86400 seconds; the API's default is 3600. Updated in place. */
  tokenLifetimeSeconds?: pulumi.Input<number>;
  /** A slug, unique among live rules; defaults to the resource's logical name. Updated in place. */
  name?: pulumi.Input<string>;
  /** Free text. Unset leaves the live description alone. Updated in place. */
  description?: pulumi.Input<string>;
  /**
   * Which organization of the stack config (`anthropic:organizations.<name>.*`) this resource lives in;
   * default: the top-level `anthropic:*` settings. Changing it replaces the resource.
   */
  organization?: pulumi.Input<string>;
}

/** What a FederationRule records, for {@link FederationRule.get}: each field given is passed to the read as recorded state. */
export interface FederationRuleState {
  issuerId?: pulumi.Input<string>;
  issuerUrl?: pulumi.Input<string>;
  match?: pulumi.Input<FederationRuleMatch>;
  oauthScope?: pulumi.Input<string>;
  serviceAccountId?: pulumi.Input<string>;
  workspaceIds?: pulumi.Input<pulumi.Input<string>[]>;
  appliesToAllWorkspaces?: pulumi.Input<boolean>;
  tokenLifetimeSeconds?: pulumi.Input<number>;
  name?: pulumi.Input<string>;
  description?: pulumi.Input<string>;
  /** The organization of the stack config to read it from. */
  organization?: pulumi.Input<string>;
}

/**
 * A workload identity federation rule (`fdrl_...`): identity tokens of an issuer that match it are
 * exchanged for Anthropic access tokens that act as a service account, in one of the rule's workspaces.
 * Its endpoints take only an OAuth token. Delete archives it (token exchange stops at once).
 */
export class FederationRule extends pulumi.dynamic.Resource {
  declare readonly name: pulumi.Output<string>;
  declare readonly issuerId: pulumi.Output<string>;
  declare readonly match: pulumi.Output<FederationRuleMatch>;
  declare readonly oauthScope: pulumi.Output<string>;
  declare readonly serviceAccountId: pulumi.Output<string>;
  /** The workspaces the rule is enabled for, as the API reports them. */
  declare readonly workspaceIds: pulumi.Output<string[]>;
  declare readonly appliesToAllWorkspaces: pulumi.Output<boolean>;
  declare readonly tokenLifetimeSeconds: pulumi.Output<number>;

  constructor(name: string, args: FederationRuleArgs, opts?: pulumi.CustomResourceOptions);
  constructor(name: string, argsOrState: FederationRuleArgs | FederationRuleState, opts?: pulumi.CustomResourceOptions) {
    // Reading (`get`): the state goes to the read as it is given, with no defaults.
    const inputs = opts?.id !== undefined ? argsOrState : { ...argsOrState, name: argsOrState.name ?? name, ...ownerInput("FederationRule", name, opts) };
    super(dynamicProvider("FederationRule"), name, withOutputs(inputs, outputs), opts, "anthropic", "FederationRule");
  }

  /**
   * Reads an existing rule (`fdrl_...`) into the program without managing it: destroy leaves it alone.
   * This is how a program uses a rule made in the Console (one granting `org:admin`, say).
   */
  static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FederationRuleState, opts?: pulumi.CustomResourceOptions): FederationRule {
    // With `id` set, the constructor takes its second argument as state (as generated providers do).
    return new FederationRule(name, (state ?? {}) as FederationRuleArgs, { ...opts, id });
  }

  /** Whether `obj` is a FederationRule (by the type Pulumi registered, so across copies of this package too). */
  static override isInstance(obj: unknown): obj is FederationRule {
    return isResourceOf("FederationRule", obj);
  }
}

/** The outputs users read, registered with every FederationRule; the rest is `getFederationRules`'s. */
const outputs = ["name", "issuerId", "match", "oauthScope", "serviceAccountId", "workspaceIds", "appliesToAllWorkspaces", "tokenLifetimeSeconds"];
