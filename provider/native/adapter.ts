/**
 * The native provider: each engine call for `anthropic:index:<Kind>` onto the kind's handlers, the
 * very chain the dynamic path runs (dynamic/implementation.ts: the organization scope, partial states,
 * changes made outside Pulumi, expected failures reported once, refresh settings). This file only
 * translates: the kind from the URN, secrets unwrapped on the way in and the schema's secret outputs
 * marked on the way out, the resource's URN as the owner a create records (resources/owner.ts), and
 * the per-property diff the engine shows.
 */
import type * as pulumi from "@pulumi/pulumi";
import { implementation } from "../dynamic/implementation";
import type { ResourceKind } from "../base/kinds";
import { OWNER } from "../resources/owner";
import { replacingInputs, withNameDefault } from "./declared-inputs";
import { constructDeveloperAccess, DEVELOPER_ACCESS } from "./component";
import { detailedDiff } from "./detailed-diff";
import type { PropertyChange } from "./grpc-workarounds";
import { invoke } from "./functions";
import { readForImport } from "./import-read";
import { kindOfUrn } from "./kinds";
import { typeToken } from "../base/kinds";
import { secretOutputs, type PackageSchema } from "./package-schema";
import { reapplySettings } from "./provider-settings";
import { markSecrets, unwrapSecrets } from "./secret-values";

type Properties = Record<string, unknown>;
type Handlers = Required<pulumi.dynamic.ResourceProvider>;

export interface NativeProvider extends pulumi.provider.Provider {
  /** The per-property changes of the last diff of `urn`, for the engine's detailedDiff (taken once). */
  takeDetailedDiff(urn: string): Record<string, PropertyChange> | undefined;
}

const plain = (value: unknown): Properties => (unwrapSecrets(value ?? {}) as Properties) ?? {};

/**
 * The inputs of a create or update with the owner the kinds that take over a leftover of an interrupted
 * create record (resources/owner.ts): the resource's URN, which the engine gives every call. The dynamic
 * classes put it among the inputs, so it is in their state; here it is added where used, and the state
 * holds only the program's inputs.
 */
const owned = (urn: string, inputs: unknown): Properties => ({ ...plain(inputs), [OWNER]: urn });

/**
 * Properties without the owner the dynamic chain records among the outputs and hands back with a read's
 * inputs (dynamic/owner-in-state.ts): that keeps a dynamic state's stored inputs as the classes gave them;
 * here the engine's inputs never hold it, so neither does what this provider returns.
 */
function unowned<T>(values: T): T {
  if (!values || typeof values !== "object" || !(OWNER in values)) return values;
  const { [OWNER]: _owner, ...rest } = values as Properties;
  return rest as T;
}

export function nativeProvider(options: { version: string; schema: PackageSchema; schemaText: string }): NativeProvider {
  const handlers = new Map<ResourceKind, Handlers>();
  const of = (urn: string) => {
    const kind = kindOfUrn(urn);
    let kindHandlers = handlers.get(kind);
    if (!kindHandlers) handlers.set(kind, (kindHandlers = implementation(kind)));
    const token = typeToken(kind);
    return { kind, token, handlers: kindHandlers, secret: secretOutputs(options.schema, token) };
  };
  const diffs = new Map<string, Record<string, PropertyChange>>();
  // A partial create or update is recorded with the properties its error carries: they are outputs too.
  const markingPartial = async <T>(secret: string[], run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      const partial = err as { properties?: unknown } | null;
      if (partial?.properties) partial.properties = markSecrets(unowned(partial.properties), secret);
      throw err;
    }
  };

  return {
    version: options.version,
    schema: options.schemaText,
    takeDetailedDiff(urn) {
      const changes = diffs.get(urn);
      diffs.delete(urn);
      return changes;
    },
    async check(urn, olds, news) {
      const { handlers, token } = of(urn);
      return handlers.check(plain(olds), withNameDefault(options.schema, token, urn, plain(news)));
    },
    async diff(id, urn, olds, news) {
      const { handlers, token } = of(urn);
      const [before, after] = [plain(olds), plain(news)];
      const result = await handlers.diff(id, before, after);
      diffs.set(urn, detailedDiff(result, before, after, replacingInputs(options.schema, token)));
      return result;
    },
    async create(urn, inputs) {
      const { handlers, secret } = of(urn);
      const created = await markingPartial(secret, () => handlers.create(owned(urn, inputs)));
      return { id: created.id, outs: markSecrets(unowned(created.outs), secret) };
    },
    async read(id, urn, props) {
      const { handlers, secret, token } = of(urn);
      const recorded = plain(props);
      // `pulumi import` and the `import` option read with no recorded state at all.
      const importing = Object.keys(recorded).length === 0;
      const answer = importing ? await readForImport(handlers, options.schema, token, id) : await handlers.read(id, recorded);
      // A gone object (no id) carries no properties; the engine drops it.
      return { ...answer, props: markSecrets(unowned(answer.props ?? {}), secret), inputs: unowned(answer.inputs) };
    },
    async update(id, urn, olds, news) {
      const { handlers, secret } = of(urn);
      const updated = await markingPartial(secret, () => handlers.update(id, plain(olds), owned(urn, news)));
      return { outs: markSecrets(unowned(updated.outs), secret) };
    },
    async delete(id, urn, props) {
      await of(urn).handlers.delete(id, plain(props));
    },
    invoke,
    async construct(name, type, inputs, opts) {
      const outputs = Object.keys(options.schema.resources?.[type]?.properties ?? {});
      if (type !== DEVELOPER_ACCESS || outputs.length === 0) throw new Error(`The anthropic provider has no component "${type}"; it constructs ${DEVELOPER_ACCESS}.`);
      // The engine configured this process's runtime with the program's config for the construct; the
      // component's lookups read the provider's settings, as the resources do.
      reapplySettings();
      return constructDeveloperAccess(name, inputs, opts, outputs);
    },
  };
}
