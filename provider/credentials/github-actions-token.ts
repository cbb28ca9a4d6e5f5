/**
 * `federation.tokenSource: "github-actions"`: a fresh OIDC token from the job's own token service for each
 * exchange, as the cloud SDKs get one on GitHub Actions: `GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=<aud>`
 * with `Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN`, answered `{"value": "<jwt>"}`. The runner
 * sets both variables only in a job with `permissions: id-token: write`.
 *
 * The request token is a credential of the job: it is read from the environment at call time, sent only
 * to the runner's URL (https, or http to loopback), and never put in an error, as neither is the answer.
 */
import { ConfigurationError } from "../client/errors";
import { isLoopbackHost } from "../base/base-url";

export const GITHUB_ACTIONS_ENV = { url: "ACTIONS_ID_TOKEN_REQUEST_URL", token: "ACTIONS_ID_TOKEN_REQUEST_TOKEN" } as const;
/** What the token endpoint expects in `aud` unless a rule says otherwise (its `match.audience`). */
export const DEFAULT_AUDIENCE = "https://api.anthropic.com";
const TIMEOUT_MS = 30_000;

export interface GithubActionsOptions {
  /** The setting's name for messages, e.g. `anthropic:federation.tokenSource`. */
  settingName: string;
  audience?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

const failure = (settingName: string, why: string) =>
  new ConfigurationError(`${settingName}: GitHub Actions' token service ${why}, so there is no identity token to exchange.`, settingName);

/** Why no token can be requested here (not in a job that may request one), or undefined; sends nothing. */
export function githubActionsProblem(settingName: string, env: NodeJS.ProcessEnv = process.env): ConfigurationError | undefined {
  const missing = [GITHUB_ACTIONS_ENV.url, GITHUB_ACTIONS_ENV.token].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    return new ConfigurationError(
      `${settingName} is "github-actions", but ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set: run Pulumi in a ` +
        "GitHub Actions job whose workflow (or job) grants `permissions: id-token: write`.",
      settingName,
    );
  }
  const url = requestUrl(env[GITHUB_ACTIONS_ENV.url]!.trim());
  if (!url) return failure(settingName, `URL in ${GITHUB_ACTIONS_ENV.url} is not an https:// URL (http:// only to loopback)`);
  return undefined;
}

function requestUrl(raw: string): URL | undefined {
  try {
    const url = new URL(raw);
    return url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname)) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** One fresh identity token for `audience`; throws {@link ConfigurationError} saying why not. */
export async function githubActionsToken(options: GithubActionsOptions): Promise<string> {
  const env = options.env ?? process.env;
  const problem = githubActionsProblem(options.settingName, env);
  if (problem) throw problem;
  const url = requestUrl(env[GITHUB_ACTIONS_ENV.url]!.trim())!;
  url.searchParams.set("audience", options.audience ?? DEFAULT_AUDIENCE);
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `bearer ${env[GITHUB_ACTIONS_ENV.token]!.trim()}`, accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
    });
  } catch (err) {
    const why = (err as Error).name === "TimeoutError" ? `did not answer within ${timeoutMs / 1000} s`
      : `could not be reached (${((err as Error & { cause?: { code?: string } }).cause?.code) ?? "connection failed"})`;
    throw failure(options.settingName, why);
  }
  const body = (await response.json().catch(() => undefined)) as { value?: unknown } | undefined;
  // A refusal's body is not shown: nothing the service says is needed to act on a status.
  if (!response.ok) throw failure(options.settingName, `answered ${response.status}${response.status === 401 || response.status === 403 ? " (does the job grant `id-token: write`?)" : ""}`);
  const value = typeof body?.value === "string" ? body.value.trim() : "";
  if (!value) throw failure(options.settingName, "answered without a token");
  return value;
}
