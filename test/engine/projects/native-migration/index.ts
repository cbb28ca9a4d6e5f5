import * as anthropic from "pulumi-anthropic";

// Before: the dynamic resources of the pulumi-anthropic package.
const platform = new anthropic.Workspace("platform", { name: "Platform" });
export const platformId = platform.id;
