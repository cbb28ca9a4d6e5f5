import { describe, expect, test } from "vitest";
import type { ResourceKind } from "../../provider/base/kinds";
import { SECRET_INPUTS } from "../../provider/resources/secret-inputs";
import { canaryText } from "../support/canary";
import { useEmulator } from "../support/emulator";
import { useProviders } from "../support/provider";

// Finding 3 of issue 15: a FederationIssuer given a private JWK failed at check on property `jwks`, so
// the engine printed the value (it prints `inputs[property]` of a check failure), and the reason quoted
// most of it. Here each kind's secret-bearing input is given a bad value holding a canary, and
// everything the engine prints of the failures is searched for it.

const emulator = useEmulator({ resetBeforeEach: false });
const providers = useProviders(emulator);

const ws = "wrkspc_01ABCDEF";
const issuer = { name: "ci", issuerUrl: "https://ci.example.com" };
const webhook = { url: "https://example.com/hooks", events: ["external_key.failed"] };
const otel = { endpointUrl: "https://otel.example.com" };
const publicRsa = { kty: "RSA", e: "AQAB", n: "sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw" };

/** Each row: a kind, its secret-bearing input, and inputs with a bad value of it that holds the canary. */
const rows: Array<[ResourceKind, string, string, (canary: string) => Record<string, unknown>]> = [
  ["FederationIssuer", "jwks", "a private RSA key (d)", (c) => ({ ...issuer, jwks: { type: "inline", keys: [{ ...publicRsa, d: c }] } })],
  ["FederationIssuer", "jwks", "a symmetric key (k)", (c) => ({ ...issuer, jwks: { type: "inline", keys: [{ kty: "oct", k: c }] } })],
  ["FederationIssuer", "jwks", "a JWK without kty", (c) => ({ ...issuer, jwks: { type: "inline", keys: [{ x: c }] } })],
  ["FederationIssuer", "jwks", "keys that are not a list", (c) => ({ ...issuer, jwks: { type: "inline", keys: c } })],
  ["FederationIssuer", "jwks", "an unknown shape", (c) => ({ ...issuer, jwks: { type: "private", d: c } })],
  ["FederationIssuer", "jwks", "an http URL", (c) => ({ ...issuer, jwks: { type: "explicit_url", url: `http://${c}.example.com/jwks` } })],
  ["TelemetryDestination", "headers", "a value with a trailing space", (c) => ({ ...otel, headers: { Authorization: `Bearer ${c} ` } })],
  ["TelemetryDestination", "headers", "a value that is not ASCII", (c) => ({ ...otel, headers: { "X-Token": `${c}é` } })],
  ["TelemetryDestination", "headers", "a value that is not a string", (c) => ({ ...otel, headers: { "X-Token": { token: c } } })],
  ["ApiKey", "key", "a value without adoptId", (c) => ({ name: "k", workspaceId: ws, key: c })],
  ["ApiKey", "key", "a value that is not a string", (c) => ({ name: "k", adoptId: "apikey_01", key: [c] })],
  ["ApiKey", "keepers", "a nested keeper", (c) => ({ name: "k", workspaceId: ws, keepers: { version: { token: c } } })],
  ["WebhookEndpoint", "keepers", "a list keeper", (c) => ({ ...webhook, keepers: { version: [c] } })],
  ["WebhookEndpoint", "signingSecret", "a signing secret as an input", (c) => ({ ...webhook, signingSecret: c })],
];

describe("a bad value of an input that may hold key material is never printed", () => {
  test.each(rows)("%s %s: %s", async (kind, input, _what, inputsWith) => {
    const canary = canaryText(input);
    const news = inputsWith(canary);
    const { failures = [] } = await providers[kind].check({}, news);
    // The failure is there, and names the input and what is wrong.
    expect(failures.some((f) => f.reason.startsWith(input)), JSON.stringify(failures)).toBe(true);
    // What the engine prints of each failure: `property <p> value <inputs[p]> has a problem: <reason>`.
    const printed = failures.map((f) => `${f.property} ${f.property ? JSON.stringify(news[f.property]) : ""} ${f.reason}`).join("\n");
    expect(printed).not.toContain(canary.slice(-16));
    expect(failures.map((f) => f.property)).not.toContain(input);
  });

  test("every kind's declared secret inputs have a row, and the rows cover only declared inputs", () => {
    const declared = Object.entries(SECRET_INPUTS).flatMap(([kind, inputs]) => inputs.map((input) => `${kind}.${input}`));
    expect(new Set(rows.map(([kind, input]) => `${kind}.${input}`))).toEqual(new Set(declared));
  });
});
