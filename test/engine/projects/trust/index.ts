import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

const config = new pulumi.Config();
const prod = new anthropic.Workspace("prod", {
  name: config.get("workspaceName") ?? "Production",
  displayColor: config.get("displayColor"),
  spendLimit: { monthlyUsd: config.getNumber("spendUsd") ?? 100 },
  rateLimits: { requestsPerMinute: config.getNumber("rpm") ?? 1000 },
});

// A person, under a logical name that a test renames (with or without an alias).
const memberEmail = config.get("memberEmail");
if (memberEmail) {
  const alias = config.get("memberAlias");
  new anthropic.OrganizationMember(config.get("memberName") ?? "erin", { email: memberEmail, role: "developer" }, alias ? { aliases: [{ name: alias }] } : {});
}

export const workspaceId = prod.id;
