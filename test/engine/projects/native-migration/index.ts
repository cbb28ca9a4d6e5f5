import * as anthropic from "pulumi-anthropic";

// Before: the dynamic resources of the pulumi-anthropic package.
const platform = new anthropic.Workspace("platform", { name: "Platform", displayColor: "#6a5acd", tags: { team: "platform" } });
export const platformId = platform.id;
