import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

const config = new pulumi.Config();
const workspace = new anthropic.Workspace("debug-logs", { name: "Debug logs" });
const created = new anthropic.ApiKey("created", { workspaceId: workspace.id, name: "Debug logs key" });
// A read by id (ReadResource) with the value carried in: its answer holds the value too.
// A key this stack creates always has a value (null is for an adopted key given none).
const read = anthropic.ApiKey.get("read", created.id, { key: created.key as pulumi.Output<string> });
// Secrets of other shapes: a signing secret, and a header value that looks like nothing in particular.
const hook = new anthropic.WebhookEndpoint("hook", { url: "https://hooks.example.com/debug", events: ["external_key.failed"] });
new anthropic.TelemetryDestination("otel", {
  endpointUrl: "https://otel.example.com", headers: { "x-collector-token": config.requireSecret("collectorToken") },
});

export const keyValue = created.key;
export const readKeyValue = read.key;
export const signingSecret = hook.signingSecret;
