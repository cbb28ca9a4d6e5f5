import { join } from "node:path";
import ts from "typescript";
import { expect, test } from "vitest";

// What an editor shows a user on hover: the doc comment of every function the package exports, read
// with the compiler from provider/index.ts as tsc reads it for the typings.

const entry = join(__dirname, "../../provider/index.ts");

function exportedFunctions(): Array<{ name: string; doc: string }> {
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2023, strict: true, types: ["node"], noEmit: true,
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return checker.getExportsOfModule(module).flatMap((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & ts.SymbolFlags.Function)) return [];
    return [{ name: exported.name, doc: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() }];
  });
}

test("every exported function, each Output form included, has a doc comment", () => {
  const functions = exportedFunctions();
  // The plain and Output forms of every data function, and spendBudget.
  expect(functions.filter((f) => f.name.endsWith("Output")).length).toBeGreaterThanOrEqual(16);
  expect(functions.filter((f) => f.doc === "").map((f) => f.name)).toEqual([]);
}, 60_000);

test("an Output form's doc comment says it takes Inputs and names its plain form", () => {
  const functions = new Map(exportedFunctions().map((f) => [f.name, f.doc]));
  for (const [name, doc] of functions) {
    if (!name.endsWith("Output")) continue;
    const plain = name.slice(0, -"Output".length);
    expect(functions.has(plain), name).toBe(true);
    expect(doc, name).toContain(`\`${plain}\``);
    expect(doc, name).toMatch(/Input/);
  }
}, 60_000);
