/**
 * Which person a DeveloperAccess manages. Loaded by the component's initialize (like the argument
 * schema, it pulls in the client, so not when the package is imported).
 *
 * Found by email until they have joined; from then on the component remembers their user id. An email
 * changed outside Pulumi (an SSO domain migration) then no longer matches anybody, and a component that
 * only looked by email would stop declaring the member, memberships and key: the engine would delete
 * them, removing the person and archiving their keys. A person is removed only when the component is.
 */
import * as pulumi from "@pulumi/pulumi";
import { withContext } from "../client/errors";
import { functionClient } from "../functions/client";
import { userInfo } from "../functions/calls/users";
import { getUsers } from "../functions/generated/functions";
import type { UserInfo } from "../functions/generated/users";
import { sameValue } from "../base/canonical";
import { unlessNotFound } from "../resources/outcomes";

export interface Lookup {
  /** The component, for its URN and for warnings. */
  component: pulumi.ComponentResource;
  name: string;
  email: string;
  organization: string | undefined;
}

/** The person to declare the member, memberships and key for; undefined while they have not joined. */
export async function personToManage(lookup: Lookup): Promise<UserInfo | undefined> {
  const [remembered, byEmail] = await Promise.all([rememberedUserId(lookup), findByEmail(lookup)]);
  if (remembered === undefined || byEmail?.id === remembered) return byEmail;
  const person = await findById(lookup, remembered);
  const warn = (message: string) => pulumi.log.warn(`DeveloperAccess "${lookup.name}": ${message}`, lookup.component);
  if (!person) {
    const next = byEmail
      ? `the component now manages ${byEmail.id}, the member with the email ${lookup.email}`
      : "this run finishes their offboarding (its key and the keys they created are archived)";
    warn(`user ${remembered}, whom this component onboarded, is no longer a member of the organization (removed outside Pulumi): ${next}`);
    return byEmail;
  }
  const mismatch = byEmail
    ? `the email ${lookup.email} now belongs to another user (${byEmail.id}), whom this component does not manage`
    : `no member has the email ${lookup.email} any more`;
  warn(
    `${mismatch}; user ${person.id}, whom this component onboarded, now has the email ${person.email} and stays managed ` +
      "by it (member, workspace memberships and key are kept). Set `email` to their new address in the program.",
  );
  return person;
}

/**
 * The user id the component reported at the end of its last run. A component has no read hook, but a
 * program run can see what the engine recorded for it: once the component is registered, the engine
 * holds it as the previous run left it (outputs included) until this run registers new outputs, which
 * waits for this lookup. `pulumi:pulumi:getResource` is the engine's own lookup of a registered
 * resource (what resource references use). A new component has no outputs yet.
 */
async function rememberedUserId(lookup: Lookup): Promise<string | undefined> {
  const urn = await new Promise<string>((resolve) => lookup.component.urn.apply(resolve));
  try {
    const recorded = await pulumi.runtime.invoke("pulumi:pulumi:getResource", { urn });
    const userId = recorded?.state?.userId;
    return typeof userId === "string" && userId.startsWith("user_") ? userId : undefined;
  } catch (err) {
    throw failure(lookup, "could not read what its last run recorded", err);
  }
}

async function findByEmail(lookup: Lookup): Promise<UserInfo | undefined> {
  try {
    const { users } = await getUsers({ email: lookup.email, organization: lookup.organization });
    return users.find((user) => sameValue("email", user.email, lookup.email));
  } catch (err) {
    throw failure(lookup, `could not check whether ${lookup.email} has joined`, err);
  }
}

async function findById(lookup: Lookup, userId: string): Promise<UserInfo | undefined> {
  try {
    const user = await unlessNotFound(functionClient("DeveloperAccess", lookup.organization).getUser(userId));
    return user && userInfo(user);
  } catch (err) {
    throw failure(lookup, `could not read user ${userId}, whom it onboarded`, err);
  }
}

function failure(lookup: Lookup, what: string, err: unknown): Error {
  return withContext(`DeveloperAccess "${lookup.name}": ${what}`, err);
}
