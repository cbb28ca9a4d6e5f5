// What the emulator saw: a per-route request count and a bounded log, plus the optional request-rate limit.

export interface LoggedRequest {
  at: number;
  method: string;
  route: string;
  path: string;
  /** 0 when the connection was dropped by a fault. */
  status: number;
  requestId: string;
}

export interface RequestReport {
  total: number;
  byRoute: Record<string, number>;
  log: LoggedRequest[];
}

/** The log keeps the most recent entries only; `total` and `byRoute` count everything. */
const LOG_CAPACITY = 10_000;

export class RequestLog {
  private total = 0;
  private byRoute = new Map<string, number>();
  private log: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.total += 1;
    this.byRoute.set(entry.route, (this.byRoute.get(entry.route) ?? 0) + 1);
    this.log.push(entry);
    if (this.log.length > LOG_CAPACITY) this.log.splice(0, this.log.length - LOG_CAPACITY);
  }

  report(): RequestReport {
    return { total: this.total, byRoute: Object.fromEntries(this.byRoute), log: [...this.log] };
  }

  reset(): void {
    this.total = 0;
    this.byRoute.clear();
    this.log = [];
  }
}

/** A sliding one-minute window over accepted requests, like a per-key requests-per-minute limit. */
export class RateLimiter {
  private perMinute: number | null = null;
  private accepted: number[] = [];

  set(perMinute: number | null): void {
    this.perMinute = perMinute;
    this.accepted = [];
  }

  get limit(): number | null {
    return this.perMinute;
  }

  /** Seconds until a slot frees up, or null when the request may proceed (and is then counted). */
  admit(at = Date.now()): number | null {
    if (this.perMinute === null) return null;
    while (this.accepted.length > 0 && this.accepted[0] <= at - 60_000) this.accepted.shift();
    if (this.accepted.length >= this.perMinute) {
      return Math.max(1, Math.ceil((this.accepted[0] + 60_000 - at) / 1000));
    }
    this.accepted.push(at);
    return null;
  }
}
