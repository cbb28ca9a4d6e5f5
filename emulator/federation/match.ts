import { invalid } from "../errors";
import type { RuleMatch } from "../federation-wire";

// A rule's `match`: checked when the rule is written, evaluated against the verified claims at exchange.
// `condition` is CEL in the real API. The emulator has no CEL engine, so it accepts the subset that covers
// what rules pin in practice, `claims.<name> == "<value>"` terms joined by `&&`, and refuses the rest with
// a 400 that says so, rather than accepting an expression it would then evaluate wrongly.

/** The audience Anthropic expects when a rule does not set its own (what the provider guides request). */
export const DEFAULT_AUDIENCE = "https://api.anthropic.com";

const TERM = /^claims\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_]*)|\[\s*"([^"]+)"\s*\])\s*==\s*"((?:[^"\\]|\\.)*)"$/;

interface Term {
  claim: string;
  value: string;
}

function parseCondition(condition: string): Term[] {
  const trimmed = condition.trim();
  if (/^(true|!false|1\s*==\s*1)$/.test(trimmed)) {
    throw invalid("match.condition: a constant-true expression (such as `true`) is rejected.");
  }
  return trimmed.split("&&").map((part) => {
    const term = TERM.exec(part.trim());
    if (!term) {
      throw invalid(
        'match.condition: the emulator evaluates only `claims.<name> == "<value>"` comparisons joined by `&&`; ' +
        "use `claims` or `subject_prefix` for the rest.");
    }
    return { claim: term[1] ?? term[2], value: JSON.parse(`"${term[3]}"`) as string };
  });
}

const wildcardOnly = (prefix: string) => /^\**$/.test(prefix);

/** 400 unless the match can be evaluated and constrains more than the audience. */
export function checkMatch(match: RuleMatch): void {
  const hasSubject = !!match.subject_prefix && !wildcardOnly(match.subject_prefix);
  const hasClaims = !!match.claims && Object.keys(match.claims).length > 0;
  const hasCondition = !!match.condition && match.condition.trim() !== "";
  if (!hasSubject && !hasClaims && !hasCondition) {
    throw invalid("match: At least one of `subject_prefix` (other than a wildcard-only value like `*`), `claims`, or " +
      "`condition` is required; `audience` alone is not sufficient.");
  }
  if (hasCondition) parseCondition(match.condition!);
}

/** Why the verified claims do not satisfy the match, or null when they do. Never quotes a claim value. */
export function mismatch(match: RuleMatch, claims: Record<string, unknown>): string | null {
  const prefix = match.subject_prefix;
  if (prefix) {
    const subject = typeof claims.sub === "string" ? claims.sub : "";
    const ok = prefix.endsWith("*") ? subject.startsWith(prefix.slice(0, -1)) : subject === prefix;
    if (!ok) return "the assertion's `sub` does not match the rule's `subject_prefix`";
  }
  for (const [claim, value] of Object.entries(match.claims ?? {})) {
    if (claims[claim] !== value) return `the assertion's \`${claim}\` claim does not match the rule's \`claims\``;
  }
  if (match.condition) {
    for (const term of parseCondition(match.condition)) {
      if (claims[term.claim] !== term.value) return "the rule's `condition` is false for this assertion";
    }
  }
  return null;
}
