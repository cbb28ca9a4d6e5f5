// The provider object of every ApiKey (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/api-key")`.
import { shimFor } from "../../resources/shim";

export = shimFor("ApiKey");
