/**
 * The `organization` input of every resource kind, handled once for all of them around each handler
 * call, so that a kind (today's and those still to come) needs no code of its own for it:
 * - the call runs in the resource's organization scope (organization-scope.ts), which `adminClient()`,
 *   the claims and the per-process listings read;
 * - the organization name is carried into outputs, refreshed inputs and partial-create properties,
 *   whatever the kind's outputs hold, because read and delete find the organization in the outputs;
 * - a change of organization replaces (resources/diff.ts, withOrganizationDiff).
 * Credentials are never here: only the name, resolved to settings by the client at call time.
 */
import type * as pulumi from "@pulumi/pulumi";
import { namedOrganization, ORGANIZATION_INPUT } from "../organizations";
import { withOrganizationDiff } from "../resources/diff";
import { inOrganization } from "./organization-scope";

type Method = "check" | "diff" | "create" | "read" | "update" | "delete";
type Args = unknown[];

const field = (value: unknown): unknown => (value && typeof value === "object" ? (value as Record<string, unknown>)[ORGANIZATION_INPUT] : undefined);

/**
 * Where each method's object lives: the new inputs for check and create, the recorded outputs for
 * read and delete, and for update the outputs too (a change of organization is a replacement, so they
 * name the same one; an older state without the input is the top-level organization).
 */
const given: Record<Method, (args: Args) => unknown> = {
  check: (args) => field(args[1]),
  diff: (args) => field(args[2]),
  create: (args) => field(args[0]),
  read: (args) => field(args[1]),
  update: (args) => field(args[1]) ?? field(args[2]),
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
    const written = method === "update" ? field(args[2]) : given[method](args);
    try {
      const result = await inOrganization(organization, () => handler(...args));
      return carried(method, result, args, written);
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

function carried(method: Method, result: unknown, args: Args, written: unknown): unknown {
  if (method === "diff") {
    return withOrganizationDiff(result as pulumi.dynamic.DiffResult, asRecord(args[1]), asRecord(args[2]));
  }
  if (written === undefined || !result || typeof result !== "object") return result;
  const named = (record: unknown) => (record && typeof record === "object" ? { ...record, [ORGANIZATION_INPUT]: written } : record);
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
