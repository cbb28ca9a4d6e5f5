import { z } from "zod";

// Injected failures, applied to API requests (never to the control surface) before authentication.

export const faultSchema = z.strictObject({
  /** A route template (`GET /v1/organizations/users/{id}`), a template without method, or `*`. */
  route: z.string().default("*"),
  kind: z.enum(["latency", "status", "drop"]),
  status: z.number().int().min(400).max(599).optional(),
  /** Seconds, sent as the `retry-after` header. */
  retryAfter: z.number().min(0).optional(),
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  rate: z.number().min(0).max(1).default(1),
  /** How many requests the fault applies to; unlimited when omitted. */
  times: z.number().int().min(1).optional(),
}).refine((f) => f.kind !== "status" || f.status !== undefined, { message: "a status fault needs `status`" });

export type FaultInput = z.input<typeof faultSchema>;
export type Fault = z.output<typeof faultSchema>;

export class Faults {
  private active: Array<Fault & { remaining: number }> = [];
  private random = seededRandom(1);

  add(fault: Fault): void {
    this.active.push({ ...fault, remaining: fault.times ?? Infinity });
  }

  clear(): void {
    this.active = [];
    this.random = seededRandom(1);
  }

  list(): Fault[] {
    return this.active.map(({ remaining: _remaining, ...fault }) => fault);
  }

  /**
   * The faults that fire for this request, in the order they were added, up to the first that ends it
   * (a status or a drop); each one that fires uses up one of its `times`.
   */
  fire(label: string): Fault[] {
    const fired: Fault[] = [];
    for (const fault of this.active) {
      if (fault.remaining <= 0 || !routeMatches(fault.route, label)) continue;
      if (fault.rate < 1 && this.random() >= fault.rate) continue;
      fault.remaining -= 1;
      fired.push(fault);
      if (fault.kind !== "latency") break;
    }
    this.active = this.active.filter((f) => f.remaining > 0);
    return fired;
  }
}

function routeMatches(pattern: string, label: string): boolean {
  if (pattern === "*") return true;
  if (pattern === label) return true;
  return !/^[A-Z]+ /.test(pattern) && label.slice(label.indexOf(" ") + 1) === pattern;
}

/** Deterministic so a test with `rate: 0.5` sees the same sequence on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}
