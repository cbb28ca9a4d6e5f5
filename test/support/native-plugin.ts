/**
 * Makes a test project's installed package (`node_modules/pulumi-anthropic`, as npm installs it) a
 * native plugin directory: the launcher (bin/pulumi-resource-anthropic) and the package schema beside
 * it, and the project's Pulumi.yaml pointing at it (`plugins: providers:`), as a user's project does.
 */
import { appendFileSync, chmodSync, cpSync } from "node:fs";
import { join } from "node:path";
import type { PulumiProject } from "./pulumi-cli";

const repo = join(__dirname, "../..");

export async function useNativePlugin(project: PulumiProject): Promise<string> {
  const installed = join(project.dir, "node_modules", "pulumi-anthropic");
  cpSync(join(repo, "bin"), join(installed, "bin"), { recursive: true });
  chmodSync(join(installed, "bin", "pulumi-resource-anthropic"), 0o755);
  cpSync(join(repo, "schema.json"), join(installed, "schema.json"));
  appendFileSync(join(project.dir, "Pulumi.yaml"), "plugins:\n  providers:\n    - name: anthropic\n      path: ./node_modules/pulumi-anthropic/bin\n");
  return installed;
}
