import * as anthropic from "@pulumi-anthropic/anthropic";

// After: the same workspace through the native provider's SDK (the same stack config, anthropic:*),
// taken over once with the `import` option (the engine test writes the workspace's id here).
const platform = new anthropic.Workspace("platform", { name: "Platform", displayColor: "#6a5acd", tags: { team: "platform" } }, { import: "WORKSPACE_ID" });
export const platformId = platform.id;
