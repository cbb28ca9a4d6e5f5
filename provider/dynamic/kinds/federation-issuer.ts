// The provider object of every FederationIssuer (see dynamicProvider in ../shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/federation-issuer")`.
import { shimFor } from "../shim";

export = shimFor("FederationIssuer");
