import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError } from "../../provider/client/errors";
import { identityToken, identityTokenProblem } from "../../provider/credentials/identity-token";
import { commandLabel, runTokenCommand } from "../../provider/credentials/token-command";
import { rejected } from "../support/thrown";

// `anthropic:federation.tokenCommand`: a real shell runs a real command for each token; what it prints on
// stdout is the token, and nothing else it says (stderr, the rest of its line) reaches an error.

const SETTING = "anthropic:federation.tokenCommand";
const TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJlLWNhbmFyeQ";
const dir = mkdtempSync(join(tmpdir(), "token-command-"));

const failure = (promise: Promise<unknown>) => rejected(ConfigurationError, promise);

describe("runTokenCommand", () => {
  it("returns the command's trimmed stdout, and runs the command again for each token", async () => {
    const counter = join(dir, "count");
    writeFileSync(counter, "0");
    // A pipe, a variable of the environment and a file the command keeps: the shell runs the line as written.
    const command = `n=$(($(cat '${counter}') + 1)); echo $n > '${counter}'; printf '  %s-%s\\n\\n' "$MINT_PREFIX" $n | cat; echo noise >&2`;
    const env = { ...process.env, MINT_PREFIX: "fresh" };
    expect(await runTokenCommand(command, { settingName: SETTING, env })).toBe("fresh-1");
    expect(await runTokenCommand(command, { settingName: SETTING, env })).toBe("fresh-2");
    expect(readFileSync(counter, "utf8").trim()).toBe("2");
  });

  it("a failing command: the error names the setting, its program and exit code, never its stderr, stdout or arguments", async () => {
    const err = await failure(runTokenCommand(`SECRET_HEADER=hunter2-value curl-like --header ${TOKEN}; echo ${TOKEN}; echo ${TOKEN} >&2; exit 22`, { settingName: SETTING }));
    expect(err.message).toBe(
      "anthropic:federation.tokenCommand: `curl-like` exited with code 22, so there is no identity token to exchange. " +
        "Its output is not shown, as it may hold a credential: to see why, run the command in the same CI job with its stdout sent to /dev/null.",
    );
    expect(err.setting).toBe(SETTING);
    for (const secret of [TOKEN, "hunter2-value"]) expect(JSON.stringify({ ...err, message: err.message, stack: err.stack })).not.toContain(secret);
  });

  it("a program that does not exist, a command that prints nothing, one killed by a signal", async () => {
    expect((await failure(runTokenCommand("no-such-program-xyz --flag", { settingName: SETTING }))).message)
      .toMatch(/^anthropic:federation\.tokenCommand: `no-such-program-xyz` exited with code 127 \(command not found\),/);
    expect((await failure(runTokenCommand("true", { settingName: SETTING }))).message).toMatch(/`true` exited with code 0 but printed nothing/);
    expect((await failure(runTokenCommand("kill -TERM $$", { settingName: SETTING }))).message).toMatch(/`kill` was ended by SIGTERM/);
  });

  it("is stopped after the timeout, with everything it started (a pipeline's other programs too)", async () => {
    const marker = join(dir, "still-running");
    const started = Date.now();
    const err = await failure(runTokenCommand(`(sleep 3; touch '${marker}') | cat`, { settingName: SETTING, timeoutMs: 300 }));
    // Not waiting for the pipeline, which holds stdout open, to end by itself.
    expect(Date.now() - started).toBeLessThan(2500);
    expect(err.message).toMatch(/^anthropic:federation\.tokenCommand: the command did not finish within 0\.3 s and was stopped/);
    await new Promise((r) => setTimeout(r, 3500));
    // The subshell went with the shell: it never got to its second step.
    expect(existsSync(marker)).toBe(false);
  });

  it("output far beyond a token's size is refused and the command stopped", async () => {
    const err = await failure(runTokenCommand("yes eyJ", { settingName: SETTING }));
    expect(err.message).toMatch(/`yes` printed more than 64 KiB, which is no identity token, and was stopped/);
  });
});

describe("commandLabel: what an error shows of the command", () => {
  it.each([
    ["curl -sSf -H 'Authorization: bearer x' https://example", "`curl`"],
    ["  /usr/local/bin/mint-token --aud api", "`/usr/local/bin/mint-token`"],
    ["'./scripts/oidc token.sh'", "the command"],
    ["TOKEN=abc GH=def gh auth token", "`gh`"],
    [`${TOKEN} x`, "the command"],
    ["$(cat /run/secret)", "the command"],
  ])("%s -> %s", (command, label) => expect(commandLabel(command)).toBe(label));
});

describe("the identity token of a federation setting", () => {
  const base = { ruleId: "fdrl_1", organizationId: "org" };
  it("a command's is fresh for each exchange; the preview check never runs the command", async () => {
    const ran = join(dir, "ran");
    const setting = { ...base, tokenCommand: `touch '${ran}'; echo "$RANDOM$RANDOM-$$"` };
    expect(identityTokenProblem(setting, "anthropic:federation")).toBeUndefined();
    expect(existsSync(ran)).toBe(false);
    const first = await identityToken(setting, "anthropic:federation");
    const second = await identityToken(setting, "anthropic:federation");
    expect(first).not.toBe(second);
    expect(existsSync(ran)).toBe(true);
  });

  it("a file's and a variable's are read as before", async () => {
    const file = join(dir, "oidc-token");
    writeFileSync(file, `${TOKEN}\n`);
    expect(await identityToken({ ...base, tokenFile: file }, "anthropic:federation")).toBe(TOKEN);
    expect(await identityToken({ ...base, tokenEnv: "CI_JWT" }, "anthropic:federation", { CI_JWT: ` ${TOKEN} ` })).toBe(TOKEN);
    expect(identityTokenProblem({ ...base, tokenEnv: "CI_JWT" }, "anthropic:federation", {})?.message).toMatch(/environment variable CI_JWT is empty/);
  });
});
