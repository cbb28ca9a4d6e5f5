import { describe, expect, test } from "vitest";
import { z } from "zod";
import { declaredInputs, declareKind, diffSpecOf, input, output } from "../../provider/resources/declare";

// A kind's diff lists come from what each field declares; a field added without a declaration is an
// error at load, naming it, rather than a field that silently neither updates nor replaces.
describe("diffSpecOf", () => {
  const declaration = declareKind({
    kind: "Example",
    inputs: z.strictObject({
      label: input(z.string().optional(), { description: "A label.", change: "update" }),
      home: input(z.string(), { description: "Where it lives.", change: "replace" }),
    }),
    checkedApart: z.strictObject({ token: input(z.string().optional(), { description: "A token.", change: "update", secret: true }) }),
    outputs: z.strictObject({ label: output(z.string(), { description: "The label." }) }),
  });

  test("splits the inputs (checked apart too) by what a change does, and keeps what the kind adds", () => {
    const changes = Object.fromEntries(declaredInputs(declaration).map(([name, meta]) => [name, meta.change]));
    expect(diffSpecOf(changes, { keepWhenUnset: ["label"] })).toEqual({
      updates: ["label", "token"],
      replaces: ["home"],
      keepWhenUnset: ["label"],
    });
  });

  test("refuses a field declared without input(), by name", () => {
    const undeclared = declareKind({ ...declaration, inputs: z.strictObject({ label: z.string() }) });
    expect(() => declaredInputs(undeclared)).toThrow(/Example\.label .*input\(\)/);
  });
});
