// The provider object of every OrganizationMember (see dynamicProvider in resources/shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/organization-member")`.
import { shimFor } from "../../resources/shim";

export = shimFor("OrganizationMember");
