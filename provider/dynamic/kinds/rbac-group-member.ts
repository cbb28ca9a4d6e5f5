// The provider object of every RbacGroupMember (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/rbac-group-member")`.
import { shimFor } from "../../resources/shim";

export = shimFor("RbacGroupMember");
