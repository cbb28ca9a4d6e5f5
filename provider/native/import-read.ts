/**
 * The read of `pulumi import` (and of the `import` option): the engine asks for the object by id with
 * no recorded state, checks the inputs the read returns, and records them; the code it prints holds
 * exactly those inputs. So they must be the object's live inputs, and complete: a read with nothing
 * declared reports only what every read reports (a name, the ids the object hangs on), and the check
 * then fills defaults (a telemetry destination's `workspaces: "all"`) that such a read never compared
 * with the live object. When it does, the object is read once more with those inputs declared, and
 * their live values are what the import records. Nothing is written; a value the API never returns
 * (an API key's) is not invented.
 */
import type * as pulumi from "@pulumi/pulumi";
import { DECLARED, isInternal } from "../resources/declared";
import { inputsAmong } from "./declared-inputs";
import type { PackageSchema } from "./package-schema";

type Handlers = Required<pulumi.dynamic.ResourceProvider>;
type Properties = Record<string, unknown>;

export async function readForImport(handlers: Handlers, schema: PackageSchema, token: string, id: string): Promise<pulumi.dynamic.ReadResult> {
  const first = await handlers.read(id, {});
  if (!first.id || !first.props) return first;
  const found = inputsAmong(schema, token, first.props as Properties);
  const checked = (await handlers.check({}, found)).inputs as Properties | undefined;
  const filled = Object.keys(checked ?? {}).filter((key) => !isInternal(key) && !(key in found));
  const read = filled.length === 0 ? first : await handlers.read(id, { ...checked, [DECLARED]: Object.keys(checked!).filter((key) => !isInternal(key)) });
  if (!read.id || !read.props) return read;
  const inputs = inputsAmong(schema, token, read.props as Properties);
  return { id: read.id, props: { ...read.props, [DECLARED]: Object.keys(inputs).sort() }, inputs };
}
