import { z } from "zod";
import { declareKind, input, named, output } from "../declare";
import { issuerStyleUrl, slugName } from "../federation-fields";

/** JWK members that hold private or symmetric key material: a trust anchor takes public keys only (and state would keep them). */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "k", "oth"];

/** One public JWK. Problems name the member, never its value. */
const publicJwk = z.record(z.string(), z.unknown(), { error: "must be a JWK object" }).check((ctx) => {
  const key = ctx.value;
  const problem =
    typeof key.kty !== "string"
      ? 'must have a "kty" (key type), like "RSA" or "EC"'
      : key.kty === "oct"
        ? "symmetric (oct) keys are not accepted; give the issuer's public keys"
        : PRIVATE_MEMBERS.some((member) => member in key)
          ? `holds private key material (${PRIVATE_MEMBERS.filter((member) => member in key).join(", ")}); give only the public key`
          : undefined;
  if (problem) ctx.issues.push({ code: "custom", input: "(a JWK)", message: problem });
});

const caCertPem = z.string({ error: "must be a PEM certificate" }).optional();

/** How the API obtains the issuer's signing keys; the SDK's three shapes, camelCased. */
export const jwksInput = named(z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("discovery"), discoveryBase: issuerStyleUrl.optional(), caCertPem }),
    z.strictObject({ type: z.literal("explicit_url"), url: issuerStyleUrl, caCertPem }),
    z.strictObject({
      type: z.literal("inline"),
      keys: z.array(publicJwk, { error: "must be a list of JWK objects" }).min(1, { error: "must hold at least one key" }),
    }),
  ],
  { error: 'must be { type: "discovery" }, { type: "explicit_url", url } or { type: "inline", keys }' },
), "FederationJwks", "How the API obtains the issuer's signing keys: OIDC discovery, a JWKS URL, or inline public keys.");

/** Everything updates in place (the API replaces `jwks` as a whole). */
export const federationIssuerInputs = z.strictObject({
  name: input(slugName("github-actions"), {
    description: "A slug, unique among live issuers.",
    change: "update",
    defaultsToLogicalName: true,
  }),
  issuerUrl: input(issuerStyleUrl, {
    description: "The `iss` claim the identity tokens carry, exactly, e.g. `https://token.actions.githubusercontent.com`.",
    change: "update",
  }),
  jwks: input(jwksInput.optional(), {
    description:
      "Where the signing keys come from: `{type: \"discovery\"}`, `{type: \"explicit_url\", url}` or `{type: \"inline\", keys}` " +
      "(public keys only: a private or symmetric member is refused, never echoed). Unset: OIDC discovery at creation, and " +
      "the live setting left alone afterwards. Replaced as a whole.",
    change: "update",
    // The keys are meant to be public, but a private JWK (`d`, a symmetric `k`) is exactly what check refuses.
    secret: true,
  }),
  checkJti: input(z.boolean({ error: "must be true or false" }).optional(), {
    description: "Refuse an assertion whose `jti` was seen before (replay protection); the API's default is true.",
    change: "update",
  }),
  maxJwtLifetimeSeconds: input(
    z
      .number({ error: "must be a whole number of seconds" })
      .int({ error: "must be a whole number of seconds" })
      .min(1, { error: "must be between 1 and 176400 seconds (49 hours)" })
      .max(176_400, { error: "must be between 1 and 176400 seconds (49 hours)" })
      .optional(),
    { description: "Longest iat-to-exp spread accepted, 1-176400 seconds; the API's default is 3600.", change: "update" },
  ),
});

export const declaration = declareKind({
  kind: "FederationIssuer",
  inputs: federationIssuerInputs,
  outputs: z.strictObject({
    name: output(z.string(), { description: "The issuer's name." }),
    issuerUrl: output(z.string(), { description: "The `iss` claim the identity tokens carry." }),
    jwks: output(jwksInput, { description: "The key source as the API reports it." }),
    checkJti: output(z.boolean(), { description: "Whether an assertion whose `jti` was seen before is refused." }),
    maxJwtLifetimeSeconds: output(z.number(), { description: "Longest iat-to-exp spread accepted, in seconds." }),
  }),
});

export type JwksInput = z.output<typeof jwksInput>;
export type FederationIssuerInputs = z.output<typeof federationIssuerInputs>;

export interface FederationIssuerOutputs extends FederationIssuerInputs {
  /** Live, whether declared or not. */
  jwks: JwksInput;
  checkJti: boolean;
  maxJwtLifetimeSeconds: number;
}
