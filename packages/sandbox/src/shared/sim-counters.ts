import type { IncomingHttpHeaders } from 'node:http';

export interface SimRequestRecord {
  route: string;
  method: string;
  path: string;
  /** 0 when the simulator never answered (hang fault). */
  status: number;
  transactionId?: string;
  at: number;
}

const LOG_LIMIT = 10_000;

/**
 * Request counters and a bounded request log. Tests assert on them ("exactly one token call",
 * "no N+1"), benchmarks read them through the simulator's stats.
 */
export class SimCounters {
  private readonly byRoute = new Map<string, number>();
  private readonly entries: SimRequestRecord[] = [];
  private totalCount = 0;

  record(input: { route: string; method: string; path: string; status: number; headers: IncomingHttpHeaders; at: number }): void {
    this.totalCount++;
    this.byRoute.set(input.route, (this.byRoute.get(input.route) ?? 0) + 1);
    const header = input.headers['x-transaction-id'];
    const entry: SimRequestRecord = {
      route: input.route,
      method: input.method,
      path: input.path,
      status: input.status,
      transactionId: Array.isArray(header) ? header[0] : header,
      at: input.at,
    };
    if (this.entries.length >= LOG_LIMIT) this.entries.shift();
    this.entries.push(entry);
  }

  /** Calls to one route, by its name (`"GET /charge/v1/dynamic/:txid"`). */
  count(route: string): number {
    return this.byRoute.get(route) ?? 0;
  }

  get total(): number {
    return this.totalCount;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.byRoute);
  }

  get log(): readonly SimRequestRecord[] {
    return this.entries;
  }

  reset(): void {
    this.byRoute.clear();
    this.entries.length = 0;
    this.totalCount = 0;
  }
}
