// The provider object of every Workspace (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/workspace")`.
import { shimFor } from "../../resources/shim";

export = shimFor("Workspace");
