import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "pulumi-anthropic";

// The `import` resource option, which native providers support; see the README for why adoptId exists.
new anthropic.Workspace("imported", { name: "Legacy" }, { import: new pulumi.Config().require("workspaceId") });
