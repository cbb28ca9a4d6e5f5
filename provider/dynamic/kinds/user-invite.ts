// The provider object of every UserInvite (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/user-invite")`.
import { shimFor } from "../../resources/shim";

export = shimFor("UserInvite");
