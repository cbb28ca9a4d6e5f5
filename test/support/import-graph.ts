/**
 * The import graph of the package's own sources, read with TypeScript's own scanner: every `import`,
 * `import type`, `export ... from`, `import()` and `require()` of a relative path, type-only ones
 * included (a type import is a dependency of the code, though it loads nothing). Used by
 * test/unit/import-boundaries.test.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import ts from "typescript";

/** An import of `to` by `from`, both paths relative to the repository root. */
export interface Import {
  from: string;
  to: string;
}

function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(root, path);
    return path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

function resolveImport(root: string, from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier).replace(/\.js$/, "");
  return [`${base}.ts`, join(base, "index.ts")].find((candidate) => existsSync(join(root, candidate)));
}

/** Every import between the `.ts` files under `folders` (paths as `provider/client/index.ts`). */
export function importsOf(root: string, folders: ReadonlyArray<string>): Import[] {
  return folders.flatMap((folder) => sourceFiles(root, folder)).flatMap((from) => {
    const scanned = ts.preProcessFile(readFileSync(join(root, from), "utf8"), true, true);
    return scanned.importedFiles
      .filter(({ fileName }) => fileName.startsWith("."))
      .flatMap(({ fileName }) => {
        const to = resolveImport(root, from, fileName);
        return to ? [{ from: relative(".", from), to }] : [];
      });
  });
}

/** Every import cycle, each as the files of one loop in import order, the first file repeated at the end. */
export function cyclesOf(imports: ReadonlyArray<Import>): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of imports) next.set(from, [...(next.get(from) ?? []), to]);
  // Tarjan's strongly connected components: each component of two files or more holds a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const to of next.get(file) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (stack.includes(to)) {
        low.set(file, Math.min(low.get(file)!, index.get(to)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || next.get(file)?.includes(file)) components.push(component);
  };
  for (const file of next.keys()) if (!index.has(file)) visit(file);
  return components.map((component) => loopThrough(component, next));
}

/** One loop inside a component, by a breadth-first search from its first file back to it. */
function loopThrough(component: string[], next: Map<string, string[]>): string[] {
  const start = [...component].sort()[0]!;
  const came = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const to of next.get(file) ?? []) {
      if (!component.includes(to)) continue;
      if (to === start) {
        const loop = [file];
        while (loop[0] !== start) loop.unshift(came.get(loop[0]!)!);
        return [...loop, start];
      }
      if (!came.has(to)) {
        came.set(to, file);
        queue.push(to);
      }
    }
  }
  return [...component, component[0]!];
}

/**
 * The room of a file: its folder just under `top` (`provider/client/`), or the file itself when it sits
 * at the top (`emulator/store.ts`). Folders are the layers, so imports between rooms must not loop.
 */
export function roomOf(file: string, top: string): string {
  const rest = file.slice(top.length + 1).split("/");
  return rest.length > 1 ? `${top}/${rest[0]}/` : file;
}
