import type * as pulumi from "@pulumi/pulumi";
import type { CheckResult } from "./check";

/**
 * What the engine calls for every resource of a kind, in the kind's own types: `Inputs` is what its
 * check returns (the engine hands it back to create, update and diff), `Outputs` what its state records
 * (handed back to read, update, diff and delete). Every kind's `<kind>Handlers` in operations.ts is one
 * as written (`satisfies KindHandlers<KindInputs, KindOutputs>`); the dynamic shim and the native
 * provider call them through `handlersOf` (handlers-of.ts).
 *
 * The entry points hold any kind's handlers as a `KindHandlers` of plain records (handlersOf checks the
 * six methods are there when it loads them): they pass each method what the engine gives it, which is
 * what the same kind's check, create or read returned.
 */
export interface KindHandlers<Inputs extends object = Record<string, unknown>, Outputs extends object = Record<string, unknown>> {
  /** `olds`: the inputs of the last check (undefined on a create). */
  check(olds: Partial<Inputs> | undefined, news: Record<string, unknown>): Promise<CheckResult<Inputs>>;
  diff(id: string, olds: Outputs, news: Inputs): Promise<pulumi.dynamic.DiffResult>;
  create(inputs: Inputs): Promise<pulumi.dynamic.CreateResult>;
  read(id: string, props: Outputs): Promise<pulumi.dynamic.ReadResult>;
  update(id: string, olds: Outputs, news: Inputs): Promise<pulumi.dynamic.UpdateResult>;
  delete(id: string, props: Outputs): Promise<void>;
}
