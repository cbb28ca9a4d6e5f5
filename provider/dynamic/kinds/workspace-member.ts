// The provider object of every WorkspaceMember (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/workspace-member")`.
import { shimFor } from "../../resources/shim";

export = shimFor("WorkspaceMember");
