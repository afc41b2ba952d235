/**
 * What the drill's clients saw, per window of the drill (steady, after the SIGKILL, …): every HTTP
 * request through the balancer is counted once, as answered (any HTTP answer below 500 carrying a
 * GraphQL result) or failed (a network error, a 5xx, a top-level retryable error).
 */
export interface WindowCounts {
  answered: number;
  failed: number;
  /** Failure reasons, e.g. `HTTP 503`, `ECONNRESET`, `OUTCOME_PENDING`. */
  reasons: Record<string, number>;
}

export class DrillStats {
  window = 'start (marker event)';
  readonly windows = new Map<string, { reads: WindowCounts; mutations: WindowCounts }>();
  /** The first answers that were neither a result nor a documented retryable error (with their window). */
  readonly unexpectedAnswers: string[] = [];

  unexpected(description: string): void {
    if (this.unexpectedAnswers.length < 20) this.unexpectedAnswers.push(`[${this.window}] ${description}`);
  }

  enter(window: string): void {
    this.window = window;
  }

  answered(kind: 'reads' | 'mutations'): void {
    this.current()[kind].answered++;
  }

  failed(kind: 'reads' | 'mutations', reason: string): void {
    const counts = this.current()[kind];
    counts.failed++;
    counts.reasons[reason] = (counts.reasons[reason] ?? 0) + 1;
  }

  private current(): { reads: WindowCounts; mutations: WindowCounts } {
    let entry = this.windows.get(this.window);
    if (!entry) {
      entry = { reads: empty(), mutations: empty() };
      this.windows.set(this.window, entry);
    }
    return entry;
  }
}

function empty(): WindowCounts {
  return { answered: 0, failed: 0, reasons: {} };
}
