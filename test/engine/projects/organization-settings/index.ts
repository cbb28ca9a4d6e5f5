import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

const config = new pulumi.Config();

const observed = new anthropic.Workspace("observed", { name: "Observed" });

const hook = new anthropic.WebhookEndpoint("alerts", {
  url: "https://hooks.example.com/anthropic",
  events: ["external_key.failed", "external_key.recovered"],
  description: "platform pager",
  enabled: true,
  keepers: { rotation: config.get("webhookRotation") ?? "2026-Q4" },
});

const otel = new anthropic.TelemetryDestination("otel", {
  endpointUrl: "https://otel.example.com/otlp",
  headers: { authorization: pulumi.interpolate`Bearer ${config.requireSecret("otelToken")}` },
  workspaces: { include: [observed.id] },
  enabled: true,
});

// Attached to a workspace, so the API never deletes it: destroy keeps it.
const cmk = new anthropic.ExternalKey("cmk", {
  providerConfig: { type: "aws", kmsArn: "arn:aws:kms:us-east-1:111122223333:key/abcd1234-5678-90ab-cdef-000011112222" },
  validate: true,
}, { retainOnDelete: true });
const sealed = new anthropic.Workspace("sealed", { name: "Sealed", externalKeyId: cmk.id });

const compliance = new anthropic.ComplianceSettings("compliance", { state: "enabled", stateOnDelete: "disabled" });
const engineering = new anthropic.RbacGroup("engineering", { name: "Engineering" });
const aliceInEngineering = new anthropic.RbacGroupMember("alice-engineering", {
  rbacGroupId: engineering.id, userId: config.require("aliceId"),
});

const roles = anthropic.getRbacRolesOutput({ includePermissions: false });

export const webhookId = hook.id;
export const signingSecret = hook.signingSecret;
export const destinationId = otel.id;
export const cmkId = cmk.id;
export const sealedId = sealed.id;
export const complianceState = compliance.state;
export const groupId = engineering.id;
export const memberId = aliceInEngineering.id;
export const roleCount = roles.roles.apply((r) => r.length);
