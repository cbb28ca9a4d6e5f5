import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

// `anthropic:adminKey`/`anthropic:baseUrl` is the top-level organization;
// `anthropic:organizations.sandbox.{adminKey,baseUrl}` the sandbox.
const config = new pulumi.Config();
const main = new anthropic.Workspace("main", { name: "Main" });
const sandbox = new anthropic.Workspace("sandbox", { name: "Sandbox", organization: "sandbox" });
// Moves between organizations with the stack setting `movingOrganization` (unset: the top-level one).
const moving = new anthropic.Workspace("moving", { name: "Moving", organization: config.get("movingOrganization") });

const names = (result: anthropic.GetWorkspacesResult) => result.workspaces.map((w) => w.name).sort();
export const mainId = main.id;
export const sandboxId = sandbox.id;
export const movingId = moving.id;
export const mainOrganization = anthropic.getOrganizationOutput({}).name;
export const sandboxOrganization = anthropic.getOrganizationOutput({ organization: "sandbox" }).name;
export const mainWorkspaces = anthropic.getWorkspacesOutput({}, { dependsOn: [main, moving] }).apply(names);
export const sandboxWorkspaces = anthropic.getWorkspacesOutput({ organization: "sandbox" }, { dependsOn: [sandbox, moving] }).apply(names);
