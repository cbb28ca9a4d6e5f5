// The project's node_modules, laid out one of two ways:
//  - "installed" (default): as `npm install pulumi-anthropic` leaves it in a user's project: real folders
//    (hard links to the repository's installed files, so no copy) with the package itself a copy of its
//    published `files`. Pulumi's closure serializer writes a module found under node_modules as a
//    require() of it, and anything else (such as a link to a checkout) by value, so only this layout
//    stores in each resource what users' stacks store.
//  - "linked": a symlink to the repository's node_modules, where pulumi-anthropic links to the checkout.
import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { installPackageInto } from "../../scripts/install-package.cjs";

export function layNodeModules(repo, dir, layout) {
  if (layout === "linked") return symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"));
  installPackageInto(dir);
}
