// The provider object of every RbacGroup (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/rbac-group")`.
import { shimFor } from "../../resources/shim";

export = shimFor("RbacGroup");
