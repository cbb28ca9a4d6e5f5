import { z } from "zod";
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
export const jwksInput = z.discriminatedUnion(
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
);

export const federationIssuerInputs = z.strictObject({
  /** A slug, unique among live issuers; defaults to the logical name. */
  name: slugName("github-actions"),
  /** The `iss` claim tokens must carry, exactly. */
  issuerUrl: issuerStyleUrl,
  /** Unset: OIDC discovery at create, and the live setting left alone after. */
  jwks: jwksInput.optional(),
  /** Replay protection for assertions that carry a `jti`; the API's default is true. */
  checkJti: z.boolean({ error: "must be true or false" }).optional(),
  /** Longest iat-to-exp spread accepted; the API's default is 3600. */
  maxJwtLifetimeSeconds: z
    .number({ error: "must be a whole number of seconds" })
    .int({ error: "must be a whole number of seconds" })
    .min(1, { error: "must be between 1 and 176400 seconds (49 hours)" })
    .max(176_400, { error: "must be between 1 and 176400 seconds (49 hours)" })
    .optional(),
});

export type JwksInput = z.output<typeof jwksInput>;
export type FederationIssuerInputs = z.output<typeof federationIssuerInputs>;

export interface FederationIssuerOutputs extends FederationIssuerInputs {
  /** Live, whether declared or not. */
  jwks: JwksInput;
  checkJti: boolean;
  maxJwtLifetimeSeconds: number;
}
