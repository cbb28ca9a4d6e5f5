// The provider object of every WebhookEndpoint (see dynamicProvider in ../shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/webhook-endpoint")`.
import { shimFor } from "../shim";

export = shimFor("WebhookEndpoint");
