// The provider object of every ComplianceSettings (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/compliance-settings")`.
import { shimFor } from "../../resources/shim";

export = shimFor("ComplianceSettings");
