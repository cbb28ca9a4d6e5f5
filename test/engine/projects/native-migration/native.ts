import * as anthropic from "@pulumi-anthropic/anthropic";

// After: the same workspace through the native provider's SDK (the same stack config, anthropic:*).
const platform = new anthropic.Workspace("platform", { name: "Platform", displayColor: "#6a5acd" });
export const platformId = platform.id;
