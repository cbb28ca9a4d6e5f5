/**
 * Gets the workload's identity token (an OIDC JWT) where the federation setting says, again for every
 * exchange: a file the CI system or platform writes (and may rotate), an environment variable, the
 * output of a command that mints a fresh one (token-command.ts), or GitHub Actions' token service
 * (github-actions-token.ts). Errors name the file, variable, command's program or service, never the token.
 */
import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { ConfigurationError } from "../client/errors";
import type { FederationSetting } from "./federation-setting";
import { githubActionsProblem, githubActionsToken } from "./github-actions-token";
import { commandLabel, runTokenCommand } from "./token-command";

/** Where the token comes from, for messages: `file /run/ci/token`, `environment variable CI_JOB_JWT` or `the output of \`curl\``. */
export function identityTokenSource(setting: FederationSetting): string {
  if (setting.tokenCommand !== undefined) return `the output of ${commandLabel(setting.tokenCommand)}`;
  if (setting.tokenSource !== undefined) return "GitHub Actions' token service";
  return setting.tokenFile !== undefined ? `file ${tokenPath(setting.tokenFile)}` : `environment variable ${setting.tokenEnv}`;
}

/** A relative path is taken from the directory Pulumi runs the program and the provider in: the project's. */
function tokenPath(file: string): string {
  return isAbsolute(file) ? file : resolve(process.cwd(), file);
}

/**
 * Why the token cannot be had now, or undefined, for a preview check. No token is minted here (a command
 * is not run, the token service not asked): the exchange that needs one does that, and says why it failed.
 */
export function identityTokenProblem(setting: FederationSetting, settingName: string, env: NodeJS.ProcessEnv = process.env): ConfigurationError | undefined {
  if (setting.tokenCommand !== undefined) return undefined;
  if (setting.tokenSource !== undefined) return githubActionsProblem(`${settingName}.tokenSource`, env);
  try {
    readStoredToken(setting, settingName, env);
    return undefined;
  } catch (err) {
    if (err instanceof ConfigurationError) return err;
    throw err;
  }
}

/** The identity token for one exchange: a command's is fresh each time. */
export async function identityToken(setting: FederationSetting, settingName: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (setting.tokenCommand !== undefined) return runTokenCommand(setting.tokenCommand, { settingName: `${settingName}.tokenCommand`, env });
  if (setting.tokenSource !== undefined) return githubActionsToken({ settingName: `${settingName}.tokenSource`, audience: setting.tokenAudience, env });
  return readStoredToken(setting, settingName, env);
}

/** From the file or the variable. */
function readStoredToken(setting: FederationSetting, settingName: string, env: NodeJS.ProcessEnv): string {
  let token: string;
  if (setting.tokenFile !== undefined) {
    const path = tokenPath(setting.tokenFile);
    try {
      token = readFileSync(path, "utf8");
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? "error";
      throw new ConfigurationError(
        `${settingName}.tokenFile: cannot read the identity token from ${path} (${code}). It is the file your CI system ` +
          "or platform writes the workload's OIDC token to; write it before running Pulumi.",
        `${settingName}.tokenFile`,
      );
    }
  } else {
    token = env[setting.tokenEnv!] ?? "";
  }
  token = token.trim();
  if (!token) {
    throw new ConfigurationError(
      `${settingName}: the identity token in ${identityTokenSource(setting)} is empty; the CI job must provide its OIDC token there.`,
      `${settingName}.${setting.tokenFile !== undefined ? "tokenFile" : "tokenEnv"}`,
    );
  }
  return token;
}
