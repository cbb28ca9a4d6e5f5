import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConfigurationError } from "../../provider/client/errors";
import { configPlace, parseFederationSetting } from "../../provider/credentials/federation-setting";
import { githubActionsToken } from "../../provider/credentials/github-actions-token";
import { identityToken, identityTokenProblem } from "../../provider/credentials/identity-token";
import { rejected } from "../support/thrown";

// `anthropic:federation.tokenSource: "github-actions"` against a token service of the test's own on
// loopback, answering as GitHub's does: what is requested (URL, audience, bearer), a fresh token each
// time, and what an error may say (never the request token, never the service's answer).

const REQUEST_TOKEN = "ghs_REQUEST-TOKEN-CANARY-0123456789";
const BODY_CANARY = "SERVICE-BODY-CANARY";
const SETTING = "anthropic:federation.tokenSource";
let server: Server;
let base: string;
let seen: Array<{ url: string; authorization?: string }>;
let answer: (req: IncomingMessage) => { status: number; body: string } | "hang";

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url!, authorization: req.headers.authorization });
    const reply = answer(req);
    if (reply === "hang") return;
    res.writeHead(reply.status, { "content-type": "application/json" }).end(reply.body);
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  seen = [];
  let n = 0;
  answer = () => ({ status: 200, body: JSON.stringify({ count: 1, value: `eyJ.fresh-${++n}.sig` }) });
});

// As the runner sets them: the URL already carries a query.
const jobEnv = () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: `${base}/_apis/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN });
const setting = { ruleId: "fdrl_1", organizationId: "org", tokenSource: "github-actions" as const };

async function failure(promise: Promise<unknown>): Promise<ConfigurationError> {
  const err = await rejected(ConfigurationError, promise);
  const text = JSON.stringify({ ...err, message: err.message });
  for (const secret of [REQUEST_TOKEN, BODY_CANARY]) expect(text).not.toContain(secret);
  return err;
}

describe("a GitHub Actions identity token", () => {
  it("is requested afresh for each exchange, for api.anthropic.com's audience, with the job's request token", async () => {
    expect(await identityToken(setting, "anthropic:federation", jobEnv())).toBe("eyJ.fresh-1.sig");
    expect(await identityToken(setting, "anthropic:federation", jobEnv())).toBe("eyJ.fresh-2.sig");
    expect(seen).toEqual([1, 2].map(() => ({
      url: "/_apis/token?api-version=2.0&audience=https%3A%2F%2Fapi.anthropic.com", authorization: `bearer ${REQUEST_TOKEN}`,
    })));
  });

  it("for the audience the setting names", async () => {
    await identityToken({ ...setting, tokenAudience: "sts.example/aud?x=1&y" }, "anthropic:federation", jobEnv());
    expect(new URL(seen[0]!.url, base).searchParams.get("audience")).toBe("sts.example/aud?x=1&y");
  });

  it("outside a job that may request one, the preview check says what the workflow needs, and asks nothing", () => {
    const err = identityTokenProblem(setting, "anthropic:federation", { ACTIONS_ID_TOKEN_REQUEST_URL: jobEnv().ACTIONS_ID_TOKEN_REQUEST_URL });
    expect(err?.message).toBe(
      'anthropic:federation.tokenSource is "github-actions", but ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set: run Pulumi in a GitHub Actions ' +
        "job whose workflow (or job) grants `permissions: id-token: write`.",
    );
    expect(identityTokenProblem(setting, "anthropic:federation", {})?.message).toMatch(/ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set/);
    expect(identityTokenProblem(setting, "anthropic:federation", jobEnv())).toBeUndefined();
    expect(seen).toEqual([]);
  });

  it("a refusal says its status, not the service's answer", async () => {
    answer = () => ({ status: 403, body: JSON.stringify({ message: BODY_CANARY }) });
    expect((await failure(githubActionsToken({ settingName: SETTING, env: jobEnv() }))).message).toBe(
      "anthropic:federation.tokenSource: GitHub Actions' token service answered 403 (does the job grant `id-token: write`?), so there is no identity token to exchange.",
    );
    answer = () => ({ status: 200, body: JSON.stringify({ count: 0, note: BODY_CANARY }) });
    expect((await failure(githubActionsToken({ settingName: SETTING, env: jobEnv() }))).message).toMatch(/answered without a token/);
  });

  it("a service that does not answer in time, or cannot be reached", async () => {
    answer = () => "hang";
    expect((await failure(githubActionsToken({ settingName: SETTING, env: jobEnv(), timeoutMs: 200 }))).message).toMatch(/did not answer within 0.2 s/);
    const gone = createServer();
    await new Promise<void>((ready) => gone.listen(0, "127.0.0.1", ready));
    const port = (gone.address() as AddressInfo).port;
    await new Promise((closed) => gone.close(closed));
    const closed = { ...jobEnv(), ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?x=1` };
    expect((await failure(githubActionsToken({ settingName: SETTING, env: closed }))).message).toMatch(/could not be reached \(ECONNREFUSED\)/);
  });

  it("the request token goes only over https (or to loopback)", async () => {
    const plain = { ...jobEnv(), ACTIONS_ID_TOKEN_REQUEST_URL: "http://pipelines.example/token?api-version=2.0" };
    expect((await failure(githubActionsToken({ settingName: SETTING, env: plain }))).message)
      .toMatch(/URL in ACTIONS_ID_TOKEN_REQUEST_URL is not an https:\/\/ URL \(http:\/\/ only to loopback\)/);
    expect(seen).toEqual([]);
  });
});

describe("the tokenSource setting", () => {
  const place = configPlace("anthropic:federation");
  const parse = (fields: Record<string, string>) => () => parseFederationSetting({ ruleId: "fdrl_1", organizationId: "o", ...fields }, place);
  it("takes github-actions, with an optional audience", () => {
    expect(parse({ tokenSource: "github-actions", tokenAudience: "https://aud.example" })()).toEqual({
      ruleId: "fdrl_1", organizationId: "o", tokenSource: "github-actions", tokenAudience: "https://aud.example",
    });
  });

  it("refuses another service, a second source, and an audience without the service", () => {
    expect(parse({ tokenSource: "gitlab" })).toThrow(/^anthropic:federation\.tokenSource must be "github-actions" \(the one built-in token service; use tokenCommand for any other\)/);
    expect(parse({ tokenSource: "github-actions", tokenEnv: "X" })).toThrow(/\(tokenEnv and tokenSource are set; keep one\)/);
    expect(parse({ tokenFile: "/t", tokenAudience: "https://aud.example" })).toThrow(
      "anthropic:federation.tokenAudience applies only to tokenSource \"github-actions\", which is not set; remove it with " +
        "`pulumi config rm --path 'anthropic:federation.tokenAudience'` (a tokenCommand asks for its audience itself).",
    );
  });
});
