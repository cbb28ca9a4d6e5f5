// The provider object of every RbacGroup (see dynamicProvider in ../shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/rbac-group")`.
import { shimFor } from "../shim";

export = shimFor("RbacGroup");
