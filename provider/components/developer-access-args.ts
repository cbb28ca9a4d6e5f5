/**
 * DeveloperAccess arguments: one zod schema, checked in the constructor before the component or any
 * child is registered, so a mistake fails the program (and `pulumi preview`) with every bad argument
 * named and nothing sent to the engine or the API.
 */
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { argumentProblems } from "../functions/arguments";
import { problemsOf } from "../base/validation";
import { apiKeyInputs } from "../resources/api-key/schema";
import { email, organizationRole, workspaceId, workspaceRole } from "../resources/fields";
import { named } from "../resources/declare";
import type { DeveloperAccessArgs } from "./developer-access-types";
import { InvalidComponentArgumentsError } from "./invalid-component-arguments";
import { organizationArgument } from "../functions/organization-argument";

const isDeferred = (value: unknown) => pulumi.Output.isInstance(value) || value instanceof Promise;

/**
 * A field that may also be an Output (e.g. `workspace.id`): a plain value is checked now, an Output
 * is passed through and checked by the child resource once the engine knows it.
 */
function inputOf<T>(schema: z.ZodType<T>, description: string) {
  // `valueSchema` lets the generator (scripts/generate/shape.mjs) describe it as the value it checks.
  const input = z.custom<pulumi.Input<T>>().meta({ description, valueSchema: schema });
  return input.check((ctx) => {
    if (isDeferred(ctx.value)) return;
    const parsed = schema.safeParse(ctx.value);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      ctx.issues.push({ code: "custom", input: ctx.value, message: issue.message, path: issue.path as PropertyKey[] });
    }
  });
}

const workspaceAccess = named(
  z.strictObject({
    workspaceId: inputOf(workspaceId(), "The workspace to add them to (`wrkspc_...`); may be an Output such as `workspace.id`."),
    role: workspaceRole().default("workspace_developer").meta({ description: "Workspace role; default `workspace_developer`." }),
  }),
  "DeveloperWorkspaceAccess",
  "One workspace a developer joins once they have joined the organization.",
);

const serviceKey = named(
  z.strictObject({
    workspaceId: inputOf(workspaceId(), "The workspace the key belongs to (`wrkspc_...`); may be an Output."),
    name: apiKeyInputs.shape.name.optional().meta({ description: "The key's name; default the ApiKey's logical name, `<component>-key`." }),
    keepers: apiKeyInputs.shape.keepers.meta({
      description: "Change any value to rotate the key (the new key is made before the old one is revoked).",
    }),
  }),
  "DeveloperServiceKey",
  "The service key a developer gets once they have joined.",
);

export const developerAccessArgs = z
  .strictObject({
    email: email().meta({
      description: "The person's email. A plain string: whether they have joined is looked up by it when the program runs.",
    }),
    role: organizationRole().default("developer").meta({ description: "Organization role, for the invite and then the member; default `developer`." }),
    workspaces: z
      .array(workspaceAccess, { error: "must be a list like [{ workspaceId: \"wrkspc_...\" }]" })
      .default([])
      .meta({ description: "Workspaces to add them to once they have joined." }),
    apiKey: serviceKey
      .optional()
      .meta({ description: "An API key for their service work, made once they have joined; its value is the secret output `key`." }),
    revokeKeysOnDelete: z
      .boolean({ error: "must be true or false" })
      .default(true)
      .meta({ description: "On removal, archive the API keys the person created (the Admin API keeps them working otherwise); default true." }),
    organization: organizationArgument.meta({
      description:
        "The organization to onboard them to: a name under `anthropic:organizations` in stack config, given to every child and to the " +
        "membership lookup. Default: the top-level `anthropic:*` settings. Changing it replaces every child.",
    }),
  })
  .superRefine((args, ctx) => {
    const seen = new Map<string, number>();
    args.workspaces.forEach((access, index) => {
      if (typeof access.workspaceId !== "string") return;
      const first = seen.get(access.workspaceId);
      if (first === undefined) seen.set(access.workspaceId, index);
      else ctx.addIssue({ code: "custom", path: ["workspaces", index, "workspaceId"], message: `repeats workspaces[${first}]; list each workspace once` });
    });
  });

export type DeveloperAccessSettings = z.output<typeof developerAccessArgs>;

// The public argument types are plain interfaces (developer-access-types.ts), so that the package's
// typings carry no zod types; this keeps them and the schema in step: whatever they allow, it takes.
type Accepts<Schema, Public> = Public extends Schema ? true : never;
const inStep: Accepts<z.input<typeof developerAccessArgs>, DeveloperAccessArgs> = true;
void inStep;

/** Parses the arguments of the DeveloperAccess `name`, or throws listing every problem. */
export function parseDeveloperAccessArgs(name: string, args: unknown): DeveloperAccessSettings {
  const component = `DeveloperAccess "${name}"`;
  if (args === null || typeof args !== "object" || Array.isArray(args)) {
    throw new InvalidComponentArgumentsError(component, [
      { argument: "(arguments)", reason: 'must be an object, e.g. { email: "alice@example.com" }' },
    ]);
  }
  const parsed = developerAccessArgs.safeParse(args);
  if (parsed.success) return parsed.data;
  throw new InvalidComponentArgumentsError(component, argumentProblems(problemsOf(parsed.error, args, { noun: "argument" })));
}
