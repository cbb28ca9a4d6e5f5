import { z } from "zod";
import { declareKind, input, named, output } from "../declare";
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
    kmsArn: text("a KMS key ARN")
      .regex(AWS_KMS_ARN, {
        error: 'must be the full ARN of a KMS key, like "arn:aws:kms:us-east-1:111122223333:key/abcd1234-..."',
      })
      .meta({ description: "Full ARN of the KMS key, e.g. `arn:aws:kms:us-east-1:111122223333:key/abcd1234-...`." }),
    region: text("an AWS region").optional().meta({ description: "Derived from `kmsArn` when unset." }),
  })
  .superRefine((config, ctx) => {
    const region = regionOfArn(config.kmsArn);
    if (config.region !== undefined && region !== undefined && config.region !== region) {
      ctx.addIssue({ code: "custom", path: ["region"], message: `is not the region of kmsArn ("${region}"); leave it unset to use that one` });
    }
  });

const gcpConfig = z.strictObject({
  type: z.literal("gcp"),
  keyName: text("a Cloud KMS key name")
    .regex(GCP_KEY_NAME, {
      error: 'must be the full resource name, like "projects/p/locations/us/keyRings/ring/cryptoKeys/key"',
    })
    .meta({ description: "Full resource name: `projects/<p>/locations/<l>/keyRings/<r>/cryptoKeys/<k>`. Never changes: a change replaces." }),
});

const azureConfig = z.strictObject({
  type: z.literal("azure"),
  keyName: text("the key's name in the vault"),
  tenantId: text("an Azure AD tenant id"),
  vaultUri: text("a Key Vault URI")
    .regex(AZURE_VAULT_URI, {
      error: 'must be "https://<vault>.vault.azure.net" or "https://<hsm>.managedhsm.azure.net"',
    })
    .meta({ description: "`https://<vault>.vault.azure.net` or `https://<hsm>.managedhsm.azure.net`." }),
  clientId: text("an Azure AD application (client) id")
    .optional()
    .meta({ description: "A single-tenant app registration's application (client) id; unset uses Anthropic's multitenant app." }),
});

export const providerConfigInput = named(
  z.discriminatedUnion("type", [awsConfig, gcpConfig, azureConfig], {
    error: 'must be an object whose type is "aws", "gcp" or "azure"',
  }),
  "ExternalKeyProviderConfig",
  "Where the key lives: AWS KMS, Google Cloud KMS or Azure Key Vault. None of these values is a secret.",
);

export const externalKeyInputs = z.strictObject({
  providerConfig: input(providerConfigInput, {
    description:
      "The KMS key: `{type: \"aws\", kmsArn, region?}`, `{type: \"gcp\", keyName}` or `{type: \"azure\", keyName, tenantId, " +
      "vaultUri, clientId?}`. Updated in place while no workspace uses the key; a Google Cloud key's change replaces.",
    change: "update",
    planDecides: true,
  }),
  displayName: input(displayName(255).optional(), { description: "Defaults to the resource's logical name.", change: "update" }),
  geo: input(z.enum(["us"], { error: 'must be "us" (the only geo the Admin API offers)' }).optional(), {
    description: "Data residency geo; only `us`.",
    change: "update",
  }),
  userProfileId: input(text("a user profile id").optional(), {
    description: "Binds the key to one of your customers' user profiles; fixed once set.",
    change: "replace",
  }),
  validate: input(z.boolean({ error: "must be true or false" }).optional(), {
    description:
      "Check the key with the API's encrypt/decrypt round trip after create and after a config change (one more request; " +
      "no request of its own when changed). A failure removes a just-created config and fails the deployment with the KMS's reason. Default false.",
    change: "update",
  }),
});

export const declaration = declareKind({
  kind: "ExternalKey",
  inputs: externalKeyInputs,
  outputs: z.strictObject({
    displayName: output(z.string(), { description: "The key's display name, as the API reports it." }),
    attached: output(z.boolean(), { description: "Whether a workspace (archived ones included) encrypts its data under the key, as of the last read." }),
  }),
});

export type ProviderConfigInput = z.output<typeof providerConfigInput>;
export type ExternalKeyInputs = z.output<typeof externalKeyInputs>;

export interface ExternalKeyOutputs extends ExternalKeyInputs {
  displayName?: string;
  /** Whether any workspace (archived ones included) encrypts its data under the key. */
  attached: boolean;
}
