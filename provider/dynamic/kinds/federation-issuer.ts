// The provider object of every FederationIssuer (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/federation-issuer")`.
import { shimFor } from "../../resources/shim";

export = shimFor("FederationIssuer");
