/**
 * The `DeveloperAccess` component as declared once: its arguments (developer-access-args.ts) and the
 * outputs it registers, each with its description and whether it is secret. `npm run generate`
 * (scripts/generate/components.mjs) writes its entry of schema.json from this, which the native
 * plugin reads to construct it and to know which outputs to return.
 */
import type * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { DeveloperAccess } from "./developer-access";
import { output } from "../resources/declare";
import { developerAccessArgs } from "./developer-access-args";

export const developerAccessOutputs = z.object({
  inviteId: output(z.string(), { description: "The `UserInvite`'s id (`invite_...`)." }),
  status: output(z.enum(["invited", "active"]), { description: '`"invited"` until the person has joined the organization, then `"active"`.' }),
  userId: output(z.string().optional(), { description: "Their user id (`user_...`); unset while invited." }),
  workspaceMemberIds: output(z.array(z.string()), {
    description: "Ids of their workspace memberships (`wrkspc_.../user_...`); empty while invited.",
  }),
  key: output(z.string().optional(), { description: "The service key's value, a secret; unset without `apiKey` or while invited.", secret: true }),
});

export const developerAccessDeclaration = {
  name: "DeveloperAccess",
  description:
    "Onboards one developer: invites them to the organization with a role, and once they have joined adds them to " +
    "workspaces and makes them a service API key (the secret output `key`).",
  args: developerAccessArgs,
  outputs: developerAccessOutputs,
};

// The outputs declared here are the component's Output properties (developer-access.ts), no more, no
// fewer, of the same types: a property added to one without the other fails the type check.
type OutputProperties<C> = {
  [K in Exclude<keyof C, "urn"> as C[K] extends pulumi.Output<unknown> ? K : never]: C[K] extends pulumi.Output<infer T> ? T : never;
};
/** Every key present (an output may be undefined, but the property is always there). */
type Present<T> = { [K in keyof T & string]: T[K] };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const outputsInStep: Same<OutputProperties<DeveloperAccess>, Present<z.output<typeof developerAccessOutputs>>> = true;
void outputsInStep;
