// The provider object of every FederationRule (see dynamicProvider in ../shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/federation-rule")`.
import { shimFor } from "../shim";

export = shimFor("FederationRule");
