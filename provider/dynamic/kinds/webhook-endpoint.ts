// The provider object of every WebhookEndpoint (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/webhook-endpoint")`.
import { shimFor } from "../../resources/shim";

export = shimFor("WebhookEndpoint");
