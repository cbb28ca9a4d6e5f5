import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { HIDDEN, describeProblem, mayBeSecret, problemsOf, propertyPath } from "../../provider/base/validation";
import { canaryAdminKey } from "../support/canary";

const schema = z.strictObject({
  name: z.string({ error: "must be a string" }).max(10, { error: "must be at most 10 characters" }),
  limits: z.strictObject({ monthlyUsd: z.number().nonnegative({ error: "must not be negative" }) }).optional(),
  tags: z.record(z.string().refine((k) => !k.startsWith("anthropic"), { error: 'tag keys may not begin with "anthropic"' }), z.string()).optional(),
  geos: z.array(z.enum(["us", "global"], { error: 'must be "us" or "global"' })).optional(),
  role: z.string().refine((r) => r === "user", { error: (issue) => `unknown role ${JSON.stringify(issue.input)}; use user` }).optional(),
  key: z.string().min(100, { error: "must be a whole API key" }).optional(),
  settings: z.unknown().optional(),
});

function problems(input: Record<string, unknown>, noun: "property" | "argument" = "property") {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected the input to be invalid");
  return problemsOf(parsed.error, input, { noun }).map((p) => describeProblem(p, "(inputs)"));
}

describe("validation problems", () => {
  it("reports every bad input at once, each on its path, in Pulumi's path form", () => {
    const described = problems({ name: 42, limits: { monthlyUsd: -5 }, geos: ["us", "mars"], extra: true });
    expect(described).toEqual([
      "name: must be a string (got 42)",
      "limits.monthlyUsd: must not be negative (got -5)",
      'geos[1]: must be "us" or "global" (got "mars")',
      "extra: unknown property; remove it or check its spelling",
    ]);
  });

  it("shows strings, numbers, objects and lists as the program wrote them", () => {
    expect(problems({ name: "much too long a name" })).toEqual(['name: must be at most 10 characters (got "much too long a name")']);
    expect(problems({ name: "ok", limits: { monthlyUsd: "5000" } })[0]).toMatch(/^limits\.monthlyUsd: .* \(got "5000"\)$/);
    expect(problems({ name: ["a", 1] })).toEqual(['name: must be a string (got ["a",1])']);
    expect(problems({ name: { first: "A" } })).toEqual(['name: must be a string (got {"first":"A"})']);
  });

  it("shortens a long value instead of printing all of it", () => {
    const [described] = problems({ name: "x".repeat(500) });
    expect(described).toMatch(/^name: must be at most 10 characters \(got "x{58}…\)$/);
  });

  it("says nothing about a value that is missing: the reason says what to set", () => {
    expect(problems({})).toEqual(["name: must be a string"]);
  });

  it("does not repeat a value the reason already quotes", () => {
    expect(problems({ name: "ok", role: "superuser" })).toEqual(['role: unknown role "superuser"; use user']);
  });

  it("names a bad record key by its path, without a value", () => {
    expect(problems({ name: "ok", tags: { anthropic_team: "x" } })).toEqual(['tags.anthropic_team: tag keys may not begin with "anthropic"']);
  });

  it("calls an unknown key an argument for functions and components", () => {
    expect(problems({ name: "ok", emial: "a@example.com" }, "argument")).toEqual(["emial: unknown argument; remove it or check its spelling"]);
  });

  it("never shows a value that looks like a key, or any value of a property named key", () => {
    const adminKey = canaryAdminKey("validation");
    const described = problems({ name: adminKey, key: "short", geos: [adminKey] }).join("\n");
    expect(described).toContain(`name: must be at most 10 characters ${HIDDEN}`);
    expect(described).toContain(`key: must be a whole API key ${HIDDEN}`);
    expect(described).toContain(`geos[0]: must be "us" or "global" ${HIDDEN}`);
    expect(described).not.toContain("short");
    expect(described).not.toContain(adminKey);
    expect(described).not.toContain(adminKey.slice(-16));
  });

  it("masks a key even where the path itself carries it (a record key)", () => {
    const adminKey = canaryAdminKey("tagname");
    const described = problems({ name: "ok", tags: { [`anthropic${adminKey}`]: "x" } }).join("\n");
    expect(described).toContain("[REDACTED]");
    expect(described).not.toContain(adminKey);
  });

  it("does not print an Output or a Promise, which have no value yet", () => {
    const withOutput = z.strictObject({ settings: z.string({ error: "must be a string" }) });
    for (const value of [pulumi.output("x"), Promise.resolve("x")]) {
      const parsed = withOutput.safeParse({ settings: value });
      const [problem] = problemsOf(parsed.error!, { settings: value }, { noun: "argument" });
      expect(describeProblem(problem!, "(arguments)")).toBe("settings: must be a string");
    }
  });
});

describe("mayBeSecret", () => {
  it("is true for key-like values anywhere inside, and for secret-sounding names", () => {
    const adminKey = canaryAdminKey("deep");
    expect(mayBeSecret({ a: [{ b: adminKey }] })).toBe(true);
    expect(mayBeSecret({ [adminKey]: "x" })).toBe(true);
    expect(mayBeSecret("plain", "key")).toBe(true);
    expect(mayBeSecret("plain", "adminKey")).toBe(true);
    expect(mayBeSecret({ nested: { webhookSecret: "s" } })).toBe(true);
  });

  it("is false for ordinary values and names that only contain a secret-sounding word", () => {
    expect(mayBeSecret({ monthlyUsd: -5 }, "spendLimit")).toBe(false);
    expect(mayBeSecret(1000, "tokensPerDay")).toBe(false);
    expect(mayBeSecret("wrkspc_01", "externalKeyId")).toBe(false);
    expect(mayBeSecret("red", "displayColor")).toBe(false);
  });
});

describe("propertyPath", () => {
  it("prints paths the way Pulumi does", () => {
    expect(propertyPath(["spendLimit", "monthlyUsd"])).toBe("spendLimit.monthlyUsd");
    expect(propertyPath(["groups", 0])).toBe("groups[0]");
    expect(propertyPath(["tags", "cost center"])).toBe('tags["cost center"]');
    expect(propertyPath([])).toBe("");
  });
});
