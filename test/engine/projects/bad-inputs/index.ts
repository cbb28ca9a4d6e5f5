import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

// Each case is wrong in one property; preview must say which, before any request.
const cases: Record<string, () => void> = {
  spend: () => new anthropic.Workspace("prod", { name: "Production", spendLimit: { monthlyUsd: -100 } }),
  role: () => new anthropic.UserInvite("eve", { email: "eve@example.com", role: "admin" as "user" }),
  workspace: () => new anthropic.ApiKey("portal", { workspaceId: "workspace-1" }),
  valid: () => new anthropic.Workspace("fine", { name: "Fine" }),
};
cases[new pulumi.Config().require("case")]!();
