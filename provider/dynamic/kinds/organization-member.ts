// The provider object of every OrganizationMember (see dynamicProvider in ../shim.ts): this module's exports are what
// Pulumi stores as `require("pulumi-anthropic/internal/dynamic/organization-member")`.
import { shimFor } from "../shim";

export = shimFor("OrganizationMember");
