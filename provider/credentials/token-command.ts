/**
 * `federation.tokenCommand`: a command that prints a fresh identity token, run for each exchange, so that
 * every process Pulumi starts (the preview's provider, the update's, the program's data functions) sends
 * an unused token to an issuer that accepts each `jti` once.
 *
 * Run by the system shell (`/bin/sh -c`, `cmd.exe` on Windows) so that it can read the CI job's
 * variables at run time (`$ACTIONS_ID_TOKEN_REQUEST_TOKEN`) and use a pipe (`curl ... | jq -r .value`):
 * a secret the command needs stays in the job's environment, never in stack config or state. Nothing from
 * the provider is put into the command line, so the shell adds no injection path; whoever can set the
 * command can already change the program it runs beside.
 *
 * Its stdout, trimmed, is the token; its stderr goes nowhere (a failing `curl -v` could print a header
 * with a credential in it). An error names the setting, the command's first word and its exit code or
 * signal, never its output or the rest of its line (which may carry a value).
 */
import { spawn } from "node:child_process";
import { ConfigurationError } from "../client/errors";

/** Long enough for a token request over a slow CI network, short enough not to hang a deployment. */
export const TOKEN_COMMAND_TIMEOUT_MS = 30_000;
/** Identity tokens are at most 16 KiB (the token endpoint's limit); more output is not a token. */
const MAX_OUTPUT_BYTES = 64 * 1024;

export interface TokenCommandOptions {
  /** The setting's name for messages, e.g. `anthropic:federation.tokenCommand`. */
  settingName: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * What an error may show of the command: its program, skipping leading `NAME=value` assignments (a value
 * there may be a secret), and only when it looks like a program name or path.
 */
export function commandLabel(command: string): string {
  const words = command.trim().split(/\s+/);
  const first = words.find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word))?.replace(/^(["'])(.*)\1$/, "$2");
  return first && /^[A-Za-z0-9_./@+-]{1,80}$/.test(first) && !/^eyJ/.test(first) ? `\`${first}\`` : "the command";
}

/** Runs the command once and returns its trimmed stdout; throws {@link ConfigurationError} saying why not. */
export function runTokenCommand(command: string, options: TokenCommandOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? TOKEN_COMMAND_TIMEOUT_MS;
  const label = commandLabel(command);
  const fail = (why: string) =>
    new ConfigurationError(
      `${options.settingName}: ${label} ${why}, so there is no identity token to exchange. Its output is not shown, as it ` +
        "may hold a credential: to see why, run the command in the same CI job with its stdout sent to /dev/null.",
      options.settingName,
    );
  return new Promise((resolve, reject) => {
    // Its own process group (POSIX), so that a timeout stops the whole pipeline, not just the shell.
    const child = spawn(command, { shell: true, stdio: ["ignore", "pipe", "ignore"], env: options.env ?? process.env, detached: process.platform !== "win32", windowsHide: true });
    const chunks: Buffer[] = [];
    let size = 0;
    let stopped: string | undefined;
    const stop = (why: string) => {
      if (stopped) return;
      stopped = why;
      try {
        if (process.platform !== "win32" && child.pid) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => stop(`did not finish within ${Number((timeoutMs / 1000).toFixed(1))} s and was stopped`), timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT_BYTES) stop(`printed more than ${MAX_OUTPUT_BYTES / 1024} KiB, which is no identity token, and was stopped`);
      else chunks.push(chunk);
    });
    child.on("error", (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(fail(`could not be started (${err.code ?? "error"})`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (stopped) return reject(fail(stopped));
      if (signal) return reject(fail(`was ended by ${signal}`));
      if (code !== 0) return reject(fail(`exited with code ${code}${code === 127 ? " (command not found)" : ""}`));
      const token = Buffer.concat(chunks).toString("utf8").trim();
      if (!token) return reject(fail("exited with code 0 but printed nothing"));
      resolve(token);
    });
  });
}
