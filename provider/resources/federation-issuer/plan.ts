import type * as pulumi from "@pulumi/pulumi";
import { isDeepStrictEqual } from "node:util";
import type { IssuerUpdateBody, WireFederationIssuer, WireJwks } from "../../client/federation-schemas";
import { optional } from "../../base/defined";
import { withoutInternal } from "../declared";
import { diffSpecOf } from "../declare";
import { inputChanges } from "./generated";
import { diffInputs, type DiffSpec } from "../diff";
import type { FederationIssuerInputs, FederationIssuerOutputs, JwksInput } from "./schema";

/** Pure planning for FederationIssuer: what changed, the request bodies, the outputs. No I/O here. */

export const diffSpec: DiffSpec = diffSpecOf(inputChanges, { keepWhenUnset: ["jwks", "checkJti", "maxJwtLifetimeSeconds"] });

export function diffFederationIssuer(olds: Partial<FederationIssuerOutputs>, news: FederationIssuerInputs): pulumi.dynamic.DiffResult {
  return diffInputs(olds as Record<string, unknown>, news as Record<string, unknown>, diffSpec);
}


export function toWireJwks(jwks: JwksInput): WireJwks {
  switch (jwks.type) {
    case "discovery":
      return { type: "discovery", ...optional("discovery_base", jwks.discoveryBase), ...optional("ca_cert_pem", jwks.caCertPem) };
    case "explicit_url":
      return { type: "explicit_url", url: jwks.url, ...optional("ca_cert_pem", jwks.caCertPem) };
    case "inline":
      return { type: "inline", keys: jwks.keys };
  }
}

export function fromWireJwks(jwks: WireJwks): JwksInput {
  switch (jwks.type) {
    case "discovery":
      return { type: "discovery", ...optional("discoveryBase", jwks.discovery_base), ...optional("caCertPem", jwks.ca_cert_pem) };
    case "explicit_url":
      return { type: "explicit_url", url: jwks.url, ...optional("caCertPem", jwks.ca_cert_pem) };
    case "inline":
      return { type: "inline", keys: jwks.keys };
  }
}

/** The create body: only what the program set, so the API's defaults apply to the rest. */
export function createBody(inputs: FederationIssuerInputs) {
  return {
    issuer_url: inputs.issuerUrl,
    name: inputs.name,
    ...(inputs.jwks !== undefined ? { jwks: toWireJwks(inputs.jwks) } : {}),
    ...(inputs.checkJti !== undefined ? { check_jti: inputs.checkJti } : {}),
    ...(inputs.maxJwtLifetimeSeconds !== undefined ? { max_jwt_lifetime_seconds: inputs.maxJwtLifetimeSeconds } : {}),
  };
}

/** The update body that brings the issuer from `current` to the inputs, or undefined when nothing differs. */
export function updateBody(current: Partial<FederationIssuerOutputs>, inputs: FederationIssuerInputs): IssuerUpdateBody | undefined {
  const body: IssuerUpdateBody = {};
  if (inputs.name !== current.name) body.name = inputs.name;
  if (inputs.issuerUrl !== current.issuerUrl) body.issuer_url = inputs.issuerUrl;
  if (inputs.jwks !== undefined && !sameJwks(inputs.jwks, current.jwks)) body.jwks = toWireJwks(inputs.jwks);
  if (inputs.checkJti !== undefined && inputs.checkJti !== current.checkJti) body.check_jti = inputs.checkJti;
  if (inputs.maxJwtLifetimeSeconds !== undefined && inputs.maxJwtLifetimeSeconds !== current.maxJwtLifetimeSeconds) {
    body.max_jwt_lifetime_seconds = inputs.maxJwtLifetimeSeconds;
  }
  return Object.keys(body).length > 0 ? body : undefined;
}

/** Compared in wire form: the same keys however the program spelled absent fields. */
const sameJwks = (a: JwksInput, b: JwksInput | undefined) => b !== undefined && isDeepStrictEqual(toWireJwks(a), toWireJwks(b));

/** What state records: the declared inputs with live values, and what users read of the issuer. */
export function outputsFromWire(inputs: Partial<FederationIssuerInputs>, live: WireFederationIssuer): FederationIssuerOutputs {
  const jwks = fromWireJwks(live.jwks);
  return {
    ...withoutInternal(inputs as FederationIssuerInputs),
    name: live.name,
    issuerUrl: live.issuer_url,
    // As written when the same (absent fields are absent either way).
    jwks: inputs.jwks !== undefined && sameJwks(inputs.jwks, jwks) ? inputs.jwks : jwks,
    checkJti: live.check_jti,
    maxJwtLifetimeSeconds: live.max_jwt_lifetime_seconds,
  };
}
