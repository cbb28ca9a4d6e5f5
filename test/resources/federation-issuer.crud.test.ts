import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import type * as pulumi from "@pulumi/pulumi";
import { useEmulator } from "../support/emulator";
import { oauthProvider, personSdk } from "../support/oauth-provider";
import { newDeployment, requestsByRoute } from "../support/provider";

const emulator = useEmulator();
let issuers: Required<pulumi.dynamic.ResourceProvider>;
let publicJwk: Record<string, unknown>;
beforeAll(async () => {
  issuers = await oauthProvider("FederationIssuer", emulator);
  // An ES module, loaded dynamically because this suite compiles as CommonJS.
  const { exportJWK, generateKeyPair } = await import("jose");
  const { publicKey } = await generateKeyPair("RS256");
  publicJwk = { ...(await exportJWK(publicKey)), kid: "ci-1", alg: "RS256" };
});
beforeEach(async () => {
  newDeployment();
  await emulator.control.resetRequests();
});

const BASE = "/v1/organizations/federation_issuers";
const org = () => personSdk(emulator).beta.organization;
const inputs = () => ({ name: "acme-ci", issuerUrl: "https://ci.acme.example", jwks: { type: "inline", keys: [publicJwk] } });

async function created(extra: Record<string, unknown> = {}) {
  const result = await issuers.create({ ...inputs(), ...extra });
  await emulator.control.resetRequests();
  return result;
}

describe("FederationIssuer", () => {
  test("create is one request; read is one request and returns only what the program set", async () => {
    const { id, outs } = await issuers.create(inputs());
    expect(id).toMatch(/^fdis_/);
    // The API's defaults show in the outputs.
    expect(outs).toMatchObject({ ...inputs(), checkJti: true, maxJwtLifetimeSeconds: 3600 });
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}`]: 1 });
    expect((await org().federation.issuers.retrieve(id)).jwks).toEqual({ type: "inline", keys: [publicJwk] });

    await emulator.control.resetRequests();
    const read = await issuers.read(id, outs);
    expect(read.inputs).toEqual(inputs());
    expect(await requestsByRoute(emulator)).toEqual({ [`GET ${BASE}/{id}`]: 1 });
  });

  test("a JWKS URL on loopback and the lifetime settings are sent as written", async () => {
    const jwks = { type: "explicit_url", url: "http://127.0.0.1:9/jwks.json" };
    const { id, outs } = await issuers.create({ ...inputs(), jwks, checkJti: false, maxJwtLifetimeSeconds: 600 });
    expect(outs).toMatchObject({ jwks, checkJti: false, maxJwtLifetimeSeconds: 600 });
    expect(await org().federation.issuers.retrieve(id)).toMatchObject({ jwks, check_jti: false, max_jwt_lifetime_seconds: 600 });
  });

  test("a no-change preview costs nothing", async () => {
    const { id, outs } = await created();
    expect((await issuers.diff(id, outs, inputs())).changes).toBe(false);
    // Unset key source and settings leave the live ones alone.
    expect((await issuers.diff(id, outs, { name: "acme-ci", issuerUrl: "https://ci.acme.example" })).changes).toBe(false);
    expect(await requestsByRoute(emulator)).toEqual({});
  });

  test("name, URL, key source and settings update in place in one request", async () => {
    const { id, outs } = await created();
    const news = {
      name: "acme-ci-2", issuerUrl: "https://ci2.acme.example", jwks: { type: "discovery", discoveryBase: "https://keys.acme.example" },
      checkJti: false, maxJwtLifetimeSeconds: 7200,
    };
    expect(await issuers.diff(id, outs, news)).toMatchObject({ changes: true, replaces: [] });
    const { outs: after } = await issuers.update(id, outs, news);
    expect(after).toMatchObject(news);
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}`]: 1 });
    expect(await org().federation.issuers.retrieve(id)).toMatchObject({
      name: "acme-ci-2", issuer_url: "https://ci2.acme.example", jwks: { type: "discovery", discovery_base: "https://keys.acme.example" },
    });
  });

  test("drift made outside Pulumi shows on refresh and the next update puts it back", async () => {
    const { id, outs } = await created();
    await org().federation.issuers.update(id, { issuer_url: "https://evil.example", check_jti: false });
    const read = await issuers.read(id, outs);
    expect(read.inputs).toEqual({ ...inputs(), issuerUrl: "https://evil.example" });
    expect(read.props).toMatchObject({ checkJti: false });
    expect((await issuers.diff(id, read.props, inputs())).changes).toBe(true);
    await issuers.update(id, read.props, { ...inputs(), checkJti: true });
    expect(await org().federation.issuers.retrieve(id)).toMatchObject({ issuer_url: "https://ci.acme.example", check_jti: true });
  });

  test("an issuer archived outside Pulumi reads as gone", async () => {
    const { id, outs } = await created();
    await org().federation.issuers.archive(id);
    expect((await issuers.read(id, outs)).id).toBe("");
  });

  test("delete archives in one request; deleting again succeeds", async () => {
    const { id, outs } = await created();
    await issuers.delete(id, outs);
    expect(await requestsByRoute(emulator)).toEqual({ [`POST ${BASE}/{id}/archive`]: 1 });
    expect((await org().federation.issuers.retrieve(id)).archived_at).not.toBeNull();
    await expect(issuers.delete(id, outs)).resolves.toBeUndefined();
  });

  test("a private key is refused at check, without echoing it", async () => {
    const { exportJWK, generateKeyPair } = await import("jose");
    const { privateKey } = await generateKeyPair("ES256", { extractable: true });
    const secret = await exportJWK(privateKey);
    const { failures } = await issuers.check({}, { ...inputs(), jwks: { type: "inline", keys: [secret] } });
    expect(failures).toHaveLength(1);
    expect(failures![0]!.reason).toMatch(/jwks\.keys\[0\].*private key material \(d\)/);
    expect(JSON.stringify(failures)).not.toContain(String(secret.d));
    expect(await requestsByRoute(emulator)).toEqual({});
  });
});
