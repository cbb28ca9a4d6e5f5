import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

// Objects made in the Console, brought under management by id or email instead of being re-created.
const config = new pulumi.Config();
const workspace = new anthropic.Workspace("legacy", { name: "Legacy (managed)", adoptId: config.require("workspaceId") });
const key = new anthropic.ApiKey("console-key", { name: "Console key (managed)", adoptId: config.require("apiKeyId") });
const member = new anthropic.OrganizationMember("carol", { email: config.require("memberEmail"), role: "developer" });
const readOnly = anthropic.Workspace.get("default", config.require("defaultWorkspaceId"));

export const workspaceId = workspace.id;
export const keyWorkspaceId = key.workspaceId;
export const keyValue = key.key;
export const memberId = member.id;
export const defaultWorkspaceName = readOnly.name;
