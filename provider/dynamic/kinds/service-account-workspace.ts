// The provider object of every ServiceAccountWorkspace (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/service-account-workspace")`.
import { shimFor } from "../../resources/shim";

export = shimFor("ServiceAccountWorkspace");
