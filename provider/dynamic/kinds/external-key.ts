// The provider object of every ExternalKey (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/external-key")`.
import { shimFor } from "../../resources/shim";

export = shimFor("ExternalKey");
