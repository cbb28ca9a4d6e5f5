/**
 * The two ways the engine reaches a kind's handlers, as the parity test drives them: the dynamic path
 * (`implementation(kind)`, what the dynamic-provider host calls, configured with stack config) and the
 * native adapter (what the plugin's gRPC server calls, configured as the engine's Configure does, with
 * secret inputs arriving as secret markers, as the engine sends them).
 */
import type * as pulumi from "@pulumi/pulumi";
import { implementation } from "../../provider/dynamic/implementation";
import type { ResourceKind } from "../../provider/dynamic/shim";
import { nativeProvider } from "../../provider/native/adapter";
import type { PackageSchema } from "../../provider/native/package-schema";
import { configure } from "../../provider/native/provider-settings";
import { secretValue, unwrapSecrets } from "../../provider/native/secret-values";
import { SECRET_INPUTS } from "../../provider/resources/secret-inputs";

type Props = Record<string, unknown>;

/** The calls as the handlers see them; `secretOutputs`: the outputs the path marks secret. */
export interface Path {
  check(olds: Props, news: Props): Promise<{ inputs?: Props; failures?: Array<{ property: string; reason: string }> }>;
  diff(id: string, olds: Props, news: Props): Promise<pulumi.dynamic.DiffResult>;
  create(inputs: Props): Promise<{ id: string; outs: Props; secretOutputs: string[] }>;
  read(id: string, props: Props): Promise<{ id?: string; props?: Props; inputs?: Props; secretOutputs: string[] }>;
  update(id: string, olds: Props, news: Props): Promise<{ outs: Props; secretOutputs: string[] }>;
  delete(id: string, props: Props): Promise<void>;
}

export interface Settings {
  baseUrl: string;
  authToken: string;
}

/** The resource's URN in both paths (the dynamic classes give it as the owner input of the kinds that take one). */
export const urnOf = (kind: ResourceKind) => `urn:pulumi:dev::parity::anthropic:index:${kind}::parity`;

export async function dynamicPath(kind: ResourceKind, settings: Settings): Promise<Path> {
  const handlers = implementation(kind);
  const config: Record<string, string> = { "anthropic:authToken": settings.authToken, "anthropic:baseUrl": settings.baseUrl };
  await handlers.configure({ config: { get: (key: string) => config[key], require: (key: string) => config[key]! } } as never);
  return {
    check: (olds, news) => handlers.check(olds, news) as never,
    diff: (id, olds, news) => handlers.diff(id, olds, news),
    create: async (inputs) => ({ ...((await handlers.create(inputs)) as { id: string; outs: Props }), secretOutputs: [] }),
    read: async (id, props) => ({ ...((await handlers.read(id, props)) as object), secretOutputs: [] }),
    update: async (id, olds, news) => ({ outs: (await handlers.update(id, olds, news)).outs as Props, secretOutputs: [] }),
    delete: (id, props) => handlers.delete(id, props),
  };
}

/** Each of the kind's secret inputs as the engine sends a secret: a marker object. */
function asEngineSends(kind: ResourceKind, props: Props): Props {
  const sent = { ...props };
  for (const name of SECRET_INPUTS[kind]) if (sent[name] !== undefined) sent[name] = secretValue(sent[name]);
  return sent;
}

/** The names of the top-level values that arrive marked secret, and the values unwrapped. */
function received(props: unknown): { values: Props; secret: string[] } {
  const record = (props ?? {}) as Props;
  const secret = Object.keys(record).filter((key) => JSON.stringify(record[key] ?? null).includes("1b47061264138c4ac30d75fd1eb44270"));
  return { values: unwrapSecrets(record) as Props, secret: secret.sort() };
}

export function nativePath(kind: ResourceKind, settings: Settings, schema: PackageSchema): Path {
  const provider = nativeProvider({ version: "0.0.0-test", schema, schemaText: JSON.stringify(schema) });
  const urn = urnOf(kind);
  const configured = () =>
    configure({
      urn: "urn:pulumi:dev::parity::pulumi:providers:anthropic::default",
      args: {},
      variables: { "anthropic:config:authToken": settings.authToken, "anthropic:config:baseUrl": settings.baseUrl },
    });
  configured();
  const send = (props: Props) => asEngineSends(kind, props);
  return {
    check: (olds, news) => provider.check!(urn, send(olds), send(news)),
    diff: (id, olds, news) => provider.diff!(id, urn, send(olds), send(news)),
    async create(inputs) {
      const { id, outs } = await provider.create!(urn, send(inputs));
      const { values, secret } = received(outs);
      return { id, outs: values, secretOutputs: secret };
    },
    async read(id, props) {
      const read = await provider.read!(id, urn, send(props));
      const { values, secret } = received(read.props);
      return { ...read, props: values, secretOutputs: secret };
    },
    async update(id, olds, news) {
      const { values, secret } = received((await provider.update!(id, urn, send(olds), send(news))).outs);
      return { outs: values, secretOutputs: secret };
    },
    delete: (id, props) => provider.delete!(id, urn, send(props)),
  };
}
