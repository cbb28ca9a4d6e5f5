import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

const config = new pulumi.Config();

// Each case is wrong in some inputs (preview must say which, before any request), or valid.
const cases: Record<string, () => void> = {
  spend: () => new anthropic.Workspace("prod", { name: "Production", spendLimit: { monthlyUsd: -5 } }),
  several: () =>
    new anthropic.Workspace("prod", {
      name: "Production",
      displayColor: "purple",
      spendLimit: { monthlyUsd: -5 },
      rateLimits: { rpm: 10 } as never,
    }),
  role: () => new anthropic.UserInvite("eve", { email: "eve@example.com", role: "admin" as "user" }),
  workspace: () => new anthropic.ApiKey("portal", { workspaceId: "workspace-1" }),
  // A key pasted where it does not belong: the errors must not echo it.
  pasted: () => new anthropic.Workspace("prod", { name: config.require("pasted"), tags: { team: config.require("pasted") } }),
  valid: () => {
    new anthropic.Workspace("fine", { name: "Fine" });
    new anthropic.Workspace("also", { name: "Also fine" });
  },
  // Valid, but made of two calls: a failure of the second leaves a workspace to finish.
  partial: () => new anthropic.Workspace("half", { name: "Half", spendLimit: { monthlyUsd: 10 } }),
};
cases[config.require("case")]!();
