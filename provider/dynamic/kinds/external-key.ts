// The provider object of every ExternalKey (see dynamicProvider in ../shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/external-key")`.
import { shimFor } from "../shim";

export = shimFor("ExternalKey");
