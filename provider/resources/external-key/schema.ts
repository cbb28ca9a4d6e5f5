import { z } from "zod";
import { displayName } from "../fields";

/**
 * KMS coordinates in the user's words. None of them is a secret: an ARN, a key name, a tenant, vault or
 * application id names a key; what lets Anthropic use it is the key's policy in the customer's cloud.
 * So they are plain inputs and outputs, shown in previews, where a reviewer wants to see them.
 */
const AWS_KMS_ARN = /^arn:aws[a-z-]*:kms:([a-z0-9-]+):\d{12}:(key|alias)\/[A-Za-z0-9/_-]+$/;
const GCP_KEY_NAME = /^projects\/[^/]+\/locations\/[^/]+\/keyRings\/[^/]+\/cryptoKeys\/[^/]+$/;
const AZURE_VAULT_URI = /^https:\/\/[a-z0-9-]+\.(vault\.azure\.net|managedhsm\.azure\.net)\/?$/;

/** The region an AWS key ARN names (the API derives `region` from it). */
export function regionOfArn(arn: string): string | undefined {
  return AWS_KMS_ARN.exec(arn)?.[1];
}

const text = (what: string) => z.string({ error: `must be ${what}` }).trim().min(1, { error: "must not be empty" });

const awsConfig = z
  .strictObject({
    type: z.literal("aws"),
    kmsArn: text("a KMS key ARN").regex(AWS_KMS_ARN, {
      error: 'must be the full ARN of a KMS key, like "arn:aws:kms:us-east-1:111122223333:key/abcd1234-..."',
    }),
    /** Derived from `kmsArn` when unset. */
    region: text("an AWS region").optional(),
  })
  .superRefine((config, ctx) => {
    const region = regionOfArn(config.kmsArn);
    if (config.region !== undefined && region !== undefined && config.region !== region) {
      ctx.addIssue({ code: "custom", path: ["region"], message: `is not the region of kmsArn ("${region}"); leave it unset to use that one` });
    }
  });

const gcpConfig = z.strictObject({
  type: z.literal("gcp"),
  keyName: text("a Cloud KMS key name").regex(GCP_KEY_NAME, {
    error: 'must be the full resource name, like "projects/p/locations/us/keyRings/ring/cryptoKeys/key"',
  }),
});

const azureConfig = z.strictObject({
  type: z.literal("azure"),
  keyName: text("the key's name in the vault"),
  tenantId: text("an Azure AD tenant id"),
  vaultUri: text("a Key Vault URI").regex(AZURE_VAULT_URI, {
    error: 'must be "https://<vault>.vault.azure.net" or "https://<hsm>.managedhsm.azure.net"',
  }),
  /** A single-tenant app registration's application id; unset uses Anthropic's multitenant app. */
  clientId: text("an Azure AD application (client) id").optional(),
});

export const providerConfigInput = z.discriminatedUnion("type", [awsConfig, gcpConfig, azureConfig], {
  error: 'must be an object whose type is "aws", "gcp" or "azure"',
});

export const externalKeyInputs = z.strictObject({
  providerConfig: providerConfigInput,
  /** Defaults to the logical name. */
  displayName: displayName(255).optional(),
  geo: z.enum(["us"], { error: 'must be "us" (the only geo the Admin API offers)' }).optional(),
  /** Binds the key to one of your customers' user profiles; fixed once set. */
  userProfileId: text("a user profile id").optional(),
  /** Run the API's encrypt/decrypt round trip against the KMS after create (and after a config change). */
  validate: z.boolean({ error: "must be true or false" }).optional(),
});

export type ProviderConfigInput = z.output<typeof providerConfigInput>;
export type ExternalKeyInputs = z.output<typeof externalKeyInputs>;

export interface ExternalKeyOutputs extends ExternalKeyInputs {
  displayName?: string;
  /** Whether any workspace (archived ones included) encrypts its data under the key. */
  attached: boolean;
}
