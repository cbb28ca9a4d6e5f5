import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

const config = new pulumi.Config();
// A workspace that declares every field it takes (but the geo-fixed ones), and a key in it.
const prod = new anthropic.Workspace("prod", {
  name: config.get("workspaceName") ?? "Production",
  displayColor: "#112233",
  tags: { team: "ml" },
  allowedInferenceGeos: ["us", "global"],
  defaultInferenceGeo: "us",
  spendLimit: { monthlyUsd: 100 },
  rateLimits: { requestsPerMinute: 1000, outputTokensPerMinute: 20000 },
  archiveOnDelete: true,
});
const keyStatus = config.get("keyStatus") as "active" | "inactive" | undefined;
const portal = new anthropic.ApiKey("portal", { workspaceId: prod.id, name: "portal", ...(keyStatus ? { status: keyStatus } : {}) });

export const workspaceId = prod.id;
export const keyId = portal.id;

