// The provider object of every ComplianceSettings (see dynamicProvider in ../shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/compliance-settings")`.
import { shimFor } from "../shim";

export = shimFor("ComplianceSettings");
