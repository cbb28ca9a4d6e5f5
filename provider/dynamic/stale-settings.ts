/**
 * `pulumi refresh` (without `--run-program`) configures the provider with the stack config recorded at
 * the last `pulumi up`, not with the stack's config file as it is now (verified with CLI 3.259; with
 * `--run-program` the program runs and the provider gets the current config). A refresh after
 * `pulumi config set anthropic:baseUrl ...` would read the old endpoint and succeed, silently; one after a
 * rotated admin key fails with a 401 whose advice is the command just run. So a read compares the
 * recorded endpoint with the stack's config file, and an authentication failure says which settings
 * were used and what to run instead.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
import { ConfigurationError } from "../client/errors";

const BASE_URL = "anthropic:baseUrl";

export const RUN_INSTEAD =
  "`pulumi refresh` uses the settings recorded at the last `pulumi up`; if you changed them since, run " +
  "`pulumi refresh --run-program` (it uses the current ones) or `pulumi up` first";

/** Read once per project directory: the stack config file does not change during one command. */
const fileSettings = new Map<string, Map<string, unknown> | null>();

/**
 * Why the recorded endpoint cannot be trusted for this read: the stack's config file now names another
 * `anthropic:baseUrl`. Undefined when they agree, or when the file or the stack cannot be found.
 */
export function staleEndpointProblem(recorded: (key: string) => string | undefined): ConfigurationError | undefined {
  const dir = process.cwd();
  if (!fileSettings.has(dir)) fileSettings.set(dir, currentStackConfig());
  const settings = fileSettings.get(dir);
  if (!settings || !settings.has(BASE_URL)) return undefined;
  const now = settings.get(BASE_URL);
  const used = recorded(BASE_URL);
  if (typeof now !== "string" || now === used) return undefined;
  return new ConfigurationError(
    `the stack config sets ${BASE_URL} to ${now}, but this command was given the settings of the last \`pulumi up\` ` +
      `(${used ?? "unset"}), and nothing was read from either. ${RUN_INSTEAD}.`,
    BASE_URL,
  );
}

/** The plain values of the selected stack's `Pulumi.<stack>.yaml` in the project directory (the provider's cwd). */
function currentStackConfig(): Map<string, unknown> | null {
  try {
    const stack = selectedStack();
    const file = stack && join(process.cwd(), `Pulumi.${stack}.yaml`);
    if (!file || !existsSync(file)) return null;
    const yaml = createRequire(require.resolve("@pulumi/pulumi"))("js-yaml") as { load(text: string): unknown };
    const config = (yaml.load(readFileSync(file, "utf8")) as { config?: Record<string, unknown> } | null)?.config ?? {};
    return new Map(Object.entries(config));
  } catch {
    return null;
  }
}

/**
 * The stack the CLI has selected for this project (its workspace file under PULUMI_HOME, as
 * `pulumi stack select` writes it), else the only stack config file there is.
 */
function selectedStack(): string | undefined {
  const project = process.env.PULUMI_PROJECT;
  const home = process.env.PULUMI_HOME ?? join(homedir(), ".pulumi");
  if (project) {
    const hash = createHash("sha1").update(join(process.cwd(), "Pulumi.yaml")).digest("hex");
    const workspace = join(home, "workspaces", `${project}-${hash}-workspace.json`);
    if (existsSync(workspace)) {
      const stack = (JSON.parse(readFileSync(workspace, "utf8")) as { stack?: unknown }).stack;
      if (typeof stack === "string" && stack) return stack.split("/").at(-1);
    }
  }
  const files = readdirSync(process.cwd()).filter((name) => /^Pulumi\.[^.]+\.yaml$/.test(name));
  return files.length === 1 ? files[0]!.slice("Pulumi.".length, -".yaml".length) : undefined;
}

const AUTH_FAILURES = new Set(["ANTHROPIC_AUTHENTICATION", "ANTHROPIC_PERMISSION"]);

/**
 * `read` (what `pulumi refresh` calls) for a resource of the top-level organization: refused before any
 * request when the recorded endpoint is not the stack's; an authentication failure says which settings
 * a refresh uses, and what to run instead.
 */
export function readingWithCurrentSettings<A extends unknown[], R>(
  read: (...args: A) => Promise<R>,
  organizationOf: (args: A) => string | undefined,
  recorded: () => Promise<((key: string) => string | undefined) | undefined>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    const topLevel = organizationOf(args) === undefined;
    // Undefined: the settings are an explicit provider's inputs, which the stack's config file does not hold.
    const given = topLevel ? await recorded() : undefined;
    if (given) {
      const problem = staleEndpointProblem(given);
      if (problem) throw problem;
    }
    try {
      return await read(...args);
    } catch (err) {
      const code = (err as { code?: unknown } | null)?.code;
      if (topLevel && err instanceof Error && typeof code === "string" && AUTH_FAILURES.has(code)) err.message = `${err.message} ${RUN_INSTEAD}.`;
      throw err;
    }
  };
}
