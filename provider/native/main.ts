/**
 * The plugin `pulumi-resource-anthropic`: the native provider served by `@pulumi/pulumi`'s provider
 * server, started by the engine (through bin/pulumi-resource-anthropic) with the engine's address.
 * One process per provider instance: its settings are that instance's (provider-settings.ts).
 */
import "../base/lazy-zod-locales";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { installWorkarounds } from "./grpc-workarounds";
import { nativeProvider } from "./adapter";
import { readSchema } from "./package-schema";
import { configure } from "./provider-settings";
import { checkProviderInputs } from "./provider-inputs";
import { shareClaimsAcrossProcesses } from "./shared-claims";

function packageVersion(): string {
  for (const up of ["../../..", "../.."]) {
    try {
      return (JSON.parse(readFileSync(join(__dirname, up, "package.json"), "utf8")) as { version: string }).version;
    } catch {
      // Not this level: from dist/provider/native (built) or provider/native (sources).
    }
  }
  return "0.0.0";
}

export async function main(args: string[]): Promise<void> {
  const { text, schema } = readSchema();
  const provider = nativeProvider({ version: packageVersion(), schema, schemaText: text });
  // Before provider.main: the workarounds wrap the server it registers.
  installWorkarounds({
    configure,
    checkConfig: (_urn, news) => ({ inputs: news, failures: checkProviderInputs(schema, news) }),
    takeDetailedDiff: (urn) => provider.takeDetailedDiff(urn),
  });
  shareClaimsAcrossProcesses(args);
  const pulumi = await import("@pulumi/pulumi");
  await pulumi.provider.main(provider, args);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`pulumi-resource-anthropic: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
