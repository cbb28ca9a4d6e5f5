// The provider object of every TelemetryDestination (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/telemetry-destination")`.
import { shimFor } from "../../resources/shim";

export = shimFor("TelemetryDestination");
