import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

// A budget over a fixed window (so the test does not depend on the day), and a workspace that waits for it.
const config = new pulumi.Config();
const budget = anthropic.spendBudget("gate", {
  limitUsd: config.requireNumber("limitUsd"),
  startingAt: config.require("startingAt"),
  endingAt: config.require("endingAt"),
  onExceeded: "fail",
});
new anthropic.Workspace("gated", { name: "Gated" }, { dependsOn: budget.gate });
