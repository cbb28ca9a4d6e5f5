import * as pulumi from "@pulumi/pulumi";
import type { UserInfo } from "../functions/generated/users";
import { ApiKey } from "../resources/api-key";
import { OrganizationMember } from "../resources/organization-member";
import { UserInvite } from "../resources/user-invite";
import { isResourceOfType } from "../resources/resource-options";
import { WorkspaceMember } from "../resources/workspace-member";
import type { DeveloperAccessSettings } from "./developer-access-args";
import type { DeveloperAccessArgs } from "./developer-access-types";

export { InvalidComponentArgumentsError } from "./invalid-component-arguments";
export type { DeveloperAccessArgs, DeveloperServiceKey, DeveloperWorkspaceAccess } from "./developer-access-types";

const TYPE = "anthropic:index:DeveloperAccess";

/** What the children produce, gathered once they are declared. */
interface Onboarding {
  inviteId: pulumi.Output<string>;
  status: "invited" | "active";
  userId: pulumi.Output<string> | undefined;
  workspaceMemberIds: pulumi.Output<string[]>;
  key: pulumi.Output<string | undefined> | undefined;
}

/**
 * Onboards one person: an invite, then (once they have joined) their organization role, workspace
 * memberships and an optional API key for their service work. Remove it from the program to offboard.
 *
 * **How it knows the invite was accepted.** The Admin API can add someone to a workspace only after
 * they accept. Each time the program runs (preview and up alike) the component looks the email up
 * with `getUsers({ email })`:
 * - not a member yet: it declares only the `UserInvite`; `status` is `"invited"`;
 * - a member: it also declares an `OrganizationMember` (managing `role`), one `WorkspaceMember` per
 *   entry of `workspaces` and the `ApiKey`; `status` is `"active"`.
 * So onboarding takes two `pulumi up`s: one that invites, and one after the person accepted (run it
 * yourself, or on a schedule). A preview shows exactly what that up will do. The lookup needs the
 * same `anthropic:adminKey`/`anthropic:baseUrl` as the resources (those of `organization` when given).
 *
 * **Once joined, the person is theirs by user id.** The member is declared by id, and the component
 * remembers the id it reported (`userId`): if their email changes outside Pulumi (an SSO domain
 * migration), the lookup by email finds nobody, and the component keeps declaring the same member,
 * memberships and key, with a warning that names the user id and their new email. Set `email` to the
 * new address when convenient (the accepted invite ignores it). Only removing the component removes them.
 *
 * **Offboarding.** Deleting the component deletes its children in dependency order: the workspace
 * memberships and the component's key (archived) go first, then the `OrganizationMember`, which
 * archives the keys the person created (unless `revokeKeysOnDelete: false`) and removes them from the
 * organization. An accepted invite is left as it is.
 *
 * Children are named `<name>-invite`, `<name>-member`, `<name>-key`, and `<name>-<workspaceId>` for a
 * membership whose workspace id is a plain string, `<name>-workspaces-<index>` when it is an Output
 * (keep such entries in order: a renamed membership is removed and added again).
 *
 * Limits: once the person is a member the invite is history, so a `role` change updates the member and
 * leaves the invite alone; an expired invite is noticed by `pulumi refresh`, after which the next up
 * invites again. The component starts from an invite, so for someone who is already a member (never
 * invited by it) the invite is refused with "already a member": manage them with `OrganizationMember`
 * and `WorkspaceMember` instead.
 */
export class DeveloperAccess extends pulumi.ComponentResource<Onboarding> {
  /** The `UserInvite`'s id (`invite_...`). */
  readonly inviteId: pulumi.Output<string>;
  /** `"invited"` until the person has joined the organization, then `"active"`. */
  readonly status: pulumi.Output<"invited" | "active">;
  /** Their user id (`user_...`); undefined while invited. */
  readonly userId: pulumi.Output<string | undefined>;
  /** Ids of their workspace memberships (`wrkspc_.../user_...`); empty while invited. */
  readonly workspaceMemberIds: pulumi.Output<string[]>;
  /** The service key's value, a secret; undefined without `apiKey` or while invited. */
  readonly key: pulumi.Output<string | undefined>;

  constructor(name: string, args: DeveloperAccessArgs, opts?: pulumi.ComponentResourceOptions) {
    // Checked before super(): a bad argument registers nothing. The component's own inputs are never
    // compared (`ignoreChanges: ["*"]`): its children carry every change, and a component whose inputs
    // changed would get an update step, for which the engine drops the outputs it recorded; those
    // outputs are how the next run remembers whom it onboarded (developer-person.ts).
    super(TYPE, name, parsedArgs(name, args), { ...opts, ignoreChanges: ["*"] });
    const onboarding = this.getData();
    // Each output waits for the children; pulumi.output lifts their secrecy and dependencies.
    this.inviteId = pulumi.output(onboarding.then((o) => o.inviteId));
    this.status = pulumi.output(onboarding.then((o) => o.status));
    this.userId = pulumi.output(onboarding.then((o) => o.userId));
    this.workspaceMemberIds = pulumi.output(onboarding.then((o) => o.workspaceMemberIds));
    this.key = pulumi.secret(pulumi.output(onboarding.then((o) => o.key)));
    // Registered now, not after initialize: the pending registration keeps the program alive while
    // the lookup runs, and makes the automatic empty registration a no-op.
    this.registerOutputs({
      inviteId: this.inviteId,
      status: this.status,
      userId: this.userId,
      workspaceMemberIds: this.workspaceMemberIds,
      key: this.key,
    });
  }

  /**
   * Whether `obj` is a DeveloperAccess. Compares the type Pulumi registered, as the resources'
   * `isInstance` do, so it holds for one made by another copy of this package too, and not for other
   * components (the inherited `ComponentResource.isInstance` is true for any component).
   */
  static override isInstance(obj: unknown): obj is DeveloperAccess {
    return isResourceOfType(TYPE, obj);
  }

  /**
   * Runs from super() with the parsed arguments. Children are declared here so that a resource with
   * `dependsOn: [access]` waits for all of them (Pulumi awaits a component's initialize for that).
   */
  protected override async initialize(args: pulumi.Inputs, _opts?: pulumi.ComponentResourceOptions, name?: string): Promise<Onboarding> {
    const settings = args as DeveloperAccessSettings;
    const { personToManage } = await import("./developer-person.js");
    const user = await personToManage({ component: this, name: name!, email: settings.email, organization: settings.organization });
    return declareChildren(this, name!, settings, user);
  }
}

/**
 * The argument schema is zod, so it is loaded by the first DeveloperAccess a program declares, not by
 * importing the package. Synchronously: a bad argument must fail the constructor, before registration.
 */
function parsedArgs(name: string, args: unknown): DeveloperAccessSettings {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const schema = require("./developer-access-args") as typeof import("./developer-access-args");
  return schema.parseDeveloperAccessArgs(name, args);
}

/** The `organization` argument for a child: none at all when unset, so older state sees no new input. */
function inOrganization(organization: string | undefined): { organization?: string } {
  return organization === undefined ? {} : { organization };
}

function declareChildren(parent: DeveloperAccess, name: string, args: DeveloperAccessSettings, user: UserInfo | undefined): Onboarding {
  const org = inOrganization(args.organization);
  // Once they have joined, the invite is history: the role belongs to the OrganizationMember, and the
  // email may follow the person's new address; changing either would replace the invite, and the API
  // refuses to invite a member.
  const invite = new UserInvite(`${name}-invite`, { email: args.email, role: args.role, ...org }, { parent, ignoreChanges: user ? ["role", "email"] : [] });
  if (!user) {
    return { inviteId: invite.id, status: "invited", userId: undefined, workspaceMemberIds: pulumi.output([]), key: undefined };
  }
  // Named by id, the person it found: their email may change outside Pulumi (see developer-person.ts).
  // State that named them by email sees no change (the member keeps an input left unset).
  const member = new OrganizationMember(
    `${name}-member`,
    { userId: user.id, role: args.role, revokeKeysOnDelete: args.revokeKeysOnDelete, ...org },
    { parent },
  );
  // Memberships take member.userId, and the key depends on the member explicitly: the engine deletes
  // both before the member, so the person is removed last.
  const memberships = args.workspaces.map(
    (access, index) =>
      new WorkspaceMember(
        typeof access.workspaceId === "string" ? `${name}-${access.workspaceId}` : `${name}-workspaces-${index}`,
        { workspaceId: access.workspaceId, userId: member.userId, role: access.role, ...org },
        { parent },
      ),
  );
  const key =
    args.apiKey &&
    new ApiKey(
      `${name}-key`,
      { workspaceId: args.apiKey.workspaceId, name: args.apiKey.name, keepers: args.apiKey.keepers, ...org },
      { parent, dependsOn: [member] },
    );
  return {
    inviteId: invite.id,
    status: "active",
    userId: member.userId,
    workspaceMemberIds: pulumi.all(memberships.map((m) => m.id)),
    // A key this component creates always has its value (only adopted keys may not).
    key: key?.key as pulumi.Output<string> | undefined,
  };
}
