import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

// Expected failures of a data function (both forms) and of the component: the stack has no admin key.
const config = new pulumi.Config();
const cases: Record<string, () => unknown> = {
  function: () => anthropic.getUsers({}),
  output: () => anthropic.getUsersOutput({}),
  component: () => new anthropic.DeveloperAccess("dev", { email: "dev@example.com", role: "developer" }).urn,
};
export const result = cases[config.require("case")]!();
