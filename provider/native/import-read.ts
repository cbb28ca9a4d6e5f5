/**
 * The read of `pulumi import` (and of the `import` option): the engine asks for the object by id with
 * no recorded state, checks the inputs the read returns, and records them; the code it prints holds
 * exactly those inputs. So they must be the object's live inputs, and complete: a read reports only
 * the inputs state declares, so the first read declares every input of the kind (with no value: the
 * handlers then report the live one; one the object has no field for, like `archiveOnDelete`, is
 * simply not reported). The check may still fill defaults that the read did not compare with the live
 * object; when it does, the object is read once more with those inputs declared, and their live values
 * are what the import records. Nothing is written; a value the API never returns (an API key's) is
 * not invented.
 */
import type * as pulumi from "@pulumi/pulumi";
import { DECLARED, isInternal } from "../resources/declared";
import { importedInputs, inputsAmong } from "./declared-inputs";
import type { PackageSchema } from "./package-schema";

type Handlers = Required<pulumi.dynamic.ResourceProvider>;
type Properties = Record<string, unknown>;

export async function readForImport(handlers: Handlers, schema: PackageSchema, token: string, id: string): Promise<pulumi.dynamic.ReadResult> {
  const first = await handlers.read(id, { [DECLARED]: importedInputs(schema, token) });
  if (!first.id || !first.props) return first;
  const found = inputsAmong(schema, token, first.props as Properties);
  const checked = (await handlers.check({}, found)).inputs as Properties | undefined;
  const filled = Object.keys(checked ?? {}).filter((key) => !isInternal(key) && !(key in found));
  const read = filled.length === 0 ? first : await handlers.read(id, { ...checked, [DECLARED]: Object.keys(checked!).filter((key) => !isInternal(key)) });
  if (!read.id || !read.props) return read;
  const inputs = inputsAmong(schema, token, read.props as Properties);
  return { id: read.id, props: { ...read.props, [DECLARED]: Object.keys(inputs).sort() }, inputs };
}
