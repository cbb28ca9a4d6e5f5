/**
 * The `organization` input of every resource kind, handled once for all of them around each handler
 * call, so that a kind (today's and those still to come) needs no code of its own for it:
 * - the call runs in the resource's organization scope (settings/organization-scope.ts), which `adminClient()`,
 *   the claims and the per-process listings read;
 * - the organization name is carried into outputs, refreshed inputs and partial-create properties,
 *   whatever the kind's outputs hold, because read and delete find the organization in the outputs;
 * - a change of organization replaces (resources/diff.ts, withOrganizationDiff), unless both names reach
 *   one organization (settings/real-organization.ts): then the update only records the new name;
 * - a diff that keeps its object claims it (resources/claims.ts), so that no delete of this process
 *   removes what the resource manages.
 * Credentials are never here: only the name, resolved to settings by the client at call time.
 */
import type * as pulumi from "@pulumi/pulumi";
import { namedOrganization, ORGANIZATION_INPUT } from "../settings/organizations";
import { ConfigurationError } from "../client/errors";
import { UNKNOWN } from "../resources/check";
import { withOrganizationDiff } from "../resources/diff";
import { inOrganization } from "../settings/organization-scope";
import { once } from "../base/once";

type Method = "check" | "diff" | "create" | "read" | "update" | "delete";
type Args = unknown[];

const field = (value: unknown): unknown => (value && typeof value === "object" ? (value as Record<string, unknown>)[ORGANIZATION_INPUT] : undefined);

/**
 * Where each method's object lives: the new inputs for check and create, the recorded outputs for
 * read and delete, and for update the new inputs (a change of organization that reaches this update is
 * another name of the same one, which check found configured; the old name may no longer be).
 */
const given: Record<Method, (args: Args) => unknown> = {
  check: (args) => field(args[1]),
  diff: (args) => field(args[2]),
  create: (args) => field(args[0]),
  read: (args) => field(args[1]),
  update: (args) => field(args[2]),
  delete: (args) => field(args[1]),
};

/**
 * The organization named by a method's arguments: a name, or undefined for the top-level one (unset or
 * `"default"`, so that both share one scope: the same claims, the same listings).
 */
export function organizationOf(method: Method, args: Args): string | undefined {
  const value = given[method](args);
  return typeof value === "string" ? namedOrganization(value) : undefined;
}

/** `handler` run in the organization its arguments name, with that name carried into what it returns. */
export function scoped(method: Method, handler: (...args: Args) => Promise<unknown>): (...args: Args) => Promise<unknown> {
  return async (...args: Args) => {
    const organization = organizationOf(method, args);
    const written = given[method](args);
    try {
      const result = await inOrganization(organization, () => handler(...args));
      if (method === "diff") return await settledDiff(args, result as pulumi.dynamic.DiffResult);
      return carried(method, result, written);
    } catch (err) {
      // A partially created object (PartialResourceError) is recorded with the properties it carries.
      const properties = (err as { properties?: unknown } | null)?.properties;
      if (written !== undefined && properties && typeof properties === "object") {
        (properties as Record<string, unknown>)[ORGANIZATION_INPUT] = written;
      }
      throw err;
    }
  };
}

/**
 * The kind's diff with the organization added: another organization is another object, another name
 * of the same organization is an update. A diff that keeps the object claims it for this process.
 */
async function settledDiff(args: Args, result: pulumi.dynamic.DiffResult): Promise<pulumi.dynamic.DiffResult> {
  const [olds, news] = [asRecord(args[1]), asRecord(args[2])];
  const [before, after] = [namedOrganization(olds[ORGANIZATION_INPUT]), namedOrganization(news[ORGANIZATION_INPUT])];
  // Unknown during a preview: shown as a replacement, decided again by `up` once known.
  const oneOrganization = before === after || (before !== UNKNOWN && after !== UNKNOWN && (await organizationsCompared(before, after)));
  const diff = withOrganizationDiff(result, olds, news, oneOrganization);
  if (!diff.replaces?.length) (await claims()).claim(String(args[0]), after);
  return diff;
}

/** Loaded by the first diff, not at the top: the entry point loads no client (test/unit/lazy-load.test.ts). */
const claims = once(() => import("../resources/claims.js"));

async function organizationsCompared(before: string | undefined, after: string | undefined): Promise<boolean> {
  try {
    return await (await import("../settings/real-organization.js")).sameOrganization(before, after);
  } catch (err) {
    if (!(err instanceof ConfigurationError)) throw err;
    const from = before === undefined ? "the top-level settings" : `"${before}"`;
    const to = after === undefined ? "the top-level settings" : `"${after}"`;
    throw new ConfigurationError(
      `organization: moving from ${from} to ${to} needs both configured until this \`pulumi up\` is done ` +
        `(to tell whether they are one organization, and to remove the old objects if not). ${err.message}`,
      err.setting,
    );
  }
}

function carried(method: Method, result: unknown, written: unknown): unknown {
  if (!result || typeof result !== "object") return result;
  // Unset (the top-level settings) is recorded as no organization at all, also after a move from a name.
  const named = (record: unknown) => {
    if (!record || typeof record !== "object") return record;
    const { [ORGANIZATION_INPUT]: _previous, ...rest } = record as Record<string, unknown>;
    return written === undefined ? rest : { ...rest, [ORGANIZATION_INPUT]: written };
  };
  switch (method) {
    case "create":
    case "update":
      return { ...result, outs: named((result as { outs?: unknown }).outs ?? {}) };
    case "read": {
      const read = result as pulumi.dynamic.ReadResult;
      // A gone object (no id) is dropped by the engine: nothing to carry.
      if (!read.id) return read;
      return { ...read, props: named(read.props ?? {}), ...(read.inputs ? { inputs: named(read.inputs) } : {}) };
    }
    case "check": {
      const check = result as pulumi.dynamic.CheckResult;
      return { ...check, inputs: named(check.inputs ?? {}) };
    }
    default:
      return result;
  }
}

const asRecord = (value: unknown) => (value && typeof value === "object" ? (value as Record<string, unknown>) : {});
