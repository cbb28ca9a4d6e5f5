/**
 * Read-only data functions. Each has a plain form (`getUsers(args?, opts?) => Promise`) for programs
 * with plain values and an `...Output` form that takes Inputs and returns an Output. They call the
 * Admin API from the program itself (not through the engine), with the credentials of
 * `anthropic:adminKey` / `anthropic:baseUrl` / `anthropic:auditLog`, then the environment. The
 * plain form's `opts` is accepted for the Pulumi calling convention and otherwise unused; the Output
 * form honours `dependsOn`.
 *
 * Each function is declared once, in `declarations/` (zod, with each field's doc text); `npm run generate`
 * writes `generated/` from it: the argument and result interfaces and both forms. What a function does
 * (the HTTP client) is in `calls/`; the forms load it, and with it the declaration, by `import()` on its
 * first call: a program that imports the package but calls no function loads neither zod nor undici.
 * (`import()` rather than `require()`: it also resolves the TypeScript sources the tests load.)
 */
export * from "./generated";
export type { UsageFigures } from "./usage/figures";
export type { SpendScopeArgs, SpendScopeOutputArgs } from "./spend-scope";
export { InvalidArgumentsError, type ArgumentProblem } from "./invalid-arguments";
export { spendBudget, SpendBudgetExceededError, type SpendBudget } from "./budget";
