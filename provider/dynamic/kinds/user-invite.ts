// The provider object of every resource of one kind (see dynamicProvider in resources/shim.ts): the kind whose
// module the registry (base/kinds.ts) names after this file. Pulumi stores it in each resource's state
// as `require("pulumi-anthropic/internal/dynamic/<this file's name>")`, so the file keeps its name in
// every version. Every kind's module is this same file: a new kind is a registry entry and a copy of it.
import { shimForFile } from "../../resources/shim";

export = shimForFile(__filename);
