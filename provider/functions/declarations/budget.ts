/** `spendBudget`'s arguments and status: a spend limit the program checks on each run (see ../budget.ts). */
import { z } from "zod";
import { dollars, resolveScope, spendScope } from "../usage/spend-args";
import { declareFunction, field, named } from "../declare";
import { spendResultFields } from "./spend";

const action = named(z.enum(["warn", "fail"], { error: 'must be "warn" (print a warning) or "fail" (fail the preview or update)' }), "BudgetAction",
  "What a budget does once exceeded: print a warning, or fail the preview or update.");
const measure = named(z.enum(["spend", "forecast"], { error: 'must be "spend" (the default) or "forecast"' }), "BudgetMeasure",
  "What exceeding means: the spend so far (default), or the linear forecast to the period's end.");
const state = named(z.enum(["within", "forecastOver", "over"]), "BudgetState", "Where the spend stands: within the limit, on course past it (forecast), or past it.");

export const spendBudget = declareFunction({
  name: "spendBudget",
  description: "A spend budget the program checks on each run (`preview`, `up`).",
  programOnly: true,
  argsName: "SpendBudgetPlainArgs",
  outputArgsName: "SpendBudgetArgs",
  resultName: "SpendBudgetStatus",
  args: z
    .strictObject({
      limitUsd: field(dollars("500"), "The period's limit, in US dollars. Spend exactly at the limit is within it."),
      onExceeded: field(action, "`\"warn\"`: print a warning and go on; `\"fail\"`: fail the preview or update with one line."),
      failOn: field(
        measure.default("spend"),
        "`\"spend\"` (default): the spend so far above the limit triggers `onExceeded`. `\"forecast\"`: the forecast to the " +
          "period's end above the limit does. Without it the forecast is only shown (and a forecast above the limit is a warning).",
      ),
      ...spendScope,
    })
    .transform((args, ctx) => ({ limitUsd: args.limitUsd, onExceeded: args.onExceeded, failOn: args.failOn, ...resolveScope(args, ctx, Date.now()) })),
  result: z.object({
    ...spendResultFields,
    budget: field(z.string(), "The budget's name."),
    limitUsd: field(z.number(), "The period's limit, in US dollars."),
    onExceeded: field(action, "What the budget does once exceeded."),
    failOn: field(measure, "What exceeding means."),
    state: field(state, "Where the spend stands."),
    triggered: field(z.boolean(), "True when `failOn`'s measure is above the limit: the budget warned or failed the run."),
    message: field(z.string(), "The line the budget printed (or failed with)."),
  }),
});
