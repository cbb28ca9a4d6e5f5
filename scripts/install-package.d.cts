/** Lays out `dir/node_modules` as `npm install pulumi-anthropic` would (see install-package.cjs). */
export function installPackageInto(dir: string): void;
