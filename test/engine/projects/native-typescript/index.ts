import * as pulumi from "@pulumi/pulumi";
import * as anthropic from "@pulumi-anthropic/anthropic";

// Two organizations, one explicit provider each.
const config = new pulumi.Config();
const main = new anthropic.Provider("main", { adminKey: config.requireSecret("mainAdminKey"), baseUrl: config.require("mainUrl") });
const sandbox = new anthropic.Provider("sandbox", { adminKey: config.requireSecret("sandboxAdminKey"), baseUrl: config.require("sandboxUrl") });

const platform = new anthropic.Workspace("platform", { name: "Platform", displayColor: "#6a5acd" }, { provider: main });
const experiments = new anthropic.Workspace("experiments", { name: "Experiments" }, { provider: sandbox });
const portal = new anthropic.ApiKey("portal", { workspaceId: platform.id, name: "Portal" }, { provider: main });

// A workspace made outside Pulumi, taken over with the `import` resource option once its id is configured.
const adoptedId = config.get("adoptedId");
if (adoptedId) new anthropic.Workspace("adopted", { name: "Adopted" }, { provider: main, import: adoptedId });

export const platformId = platform.id;
export const experimentsId = experiments.id;
export const portalKey = portal.key; // a secret output
