// The provider object of every UserInvite (see dynamicProvider in ../shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/user-invite")`.
import { shimFor } from "../shim";

export = shimFor("UserInvite");
