import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

const config = new pulumi.Config();
// Each under a logical name that a test renames without an alias, in the organization a test moves it to.
const organization = config.get("organization");
const member = new anthropic.OrganizationMember(config.get("memberName") ?? "erin", {
  email: config.require("memberEmail"),
  role: "developer",
  organization,
});
const compliance = new anthropic.ComplianceSettings(config.get("complianceName") ?? "compliance", {
  state: "enabled",
  stateOnDelete: "disabled",
  organization,
});

// A resource whose create fails after the others' creates: the `up` fails with the renames half done.
if (config.getBoolean("failAfterCreates")) {
  new anthropic.Workspace("fails", { name: "Fails", adoptId: "wrkspc_01NoSuchWorkspace000000" }, { dependsOn: [member, compliance] });
}

export const memberId = member.id;
