// The provider object of every FederationRule (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/federation-rule")`.
import { shimFor } from "../../resources/shim";

export = shimFor("FederationRule");
