/**
 * Fault knobs shared by the provider simulators. Tests and benchmarks turn them at run time
 * (`sim.faults.set({...})`); everything defaults to "healthy".
 */
export interface FaultSettings {
  /** Added before every answer, in ms. */
  latencyMs: number;
  /** Random extra latency, 0..jitterMs. */
  jitterMs: number;
  /** Share of requests (0..1) answered with `errorStatus`. */
  errorRate: number;
  errorStatus: number;
  /** The next N API requests are answered 401 (token-invalidation tests). */
  force401Count: number;
  /** Share of requests (0..1) that are never answered. */
  hangRate: number;
  /** The next N requests are answered with `errorStatus`, deterministic alternative to errorRate. */
  failNextCount: number;
  /**
   * The next N requests are processed (the write happens) but never answered: the socket is
   * closed instead, as when a response is lost after the provider committed.
   */
  dropAfterCommitCount: number;
  /** Optional route filter: faults apply only to route names containing this text. */
  routeFilter?: string;
}

export type FaultDecision =
  | { kind: 'none'; latencyMs: number }
  | { kind: 'hang'; latencyMs: number }
  | { kind: 'drop-after-commit'; latencyMs: number }
  | { kind: 'status'; status: number; latencyMs: number };

const HEALTHY: FaultSettings = {
  latencyMs: 0,
  jitterMs: 0,
  errorRate: 0,
  errorStatus: 503,
  force401Count: 0,
  hangRate: 0,
  failNextCount: 0,
  dropAfterCommitCount: 0,
};

export class FaultKnobs {
  private settings: FaultSettings = { ...HEALTHY };

  constructor(
    initial: Partial<FaultSettings> = {},
    private readonly random: () => number = Math.random,
  ) {
    this.set(initial);
  }

  set(patch: Partial<FaultSettings>): void {
    this.settings = { ...this.settings, ...patch };
  }

  reset(): void {
    this.settings = { ...HEALTHY };
  }

  get current(): Readonly<FaultSettings> {
    return this.settings;
  }

  /** Decides the fate of one request to `routeName`. Forced 401s skip the token route (see caller). */
  decide(routeName: string): FaultDecision {
    const s = this.settings;
    // The filter covers latency too: "refunds slowed to 1 s" must not slow every other route.
    if (s.routeFilter && !routeName.includes(s.routeFilter)) return { kind: 'none', latencyMs: 0 };
    const latencyMs = s.latencyMs + (s.jitterMs > 0 ? Math.floor(this.random() * s.jitterMs) : 0);
    if (s.force401Count > 0) {
      this.settings = { ...s, force401Count: s.force401Count - 1 };
      return { kind: 'status', status: 401, latencyMs };
    }
    if (s.failNextCount > 0) {
      this.settings = { ...s, failNextCount: s.failNextCount - 1 };
      return { kind: 'status', status: s.errorStatus, latencyMs };
    }
    if (s.dropAfterCommitCount > 0) {
      this.settings = { ...s, dropAfterCommitCount: s.dropAfterCommitCount - 1 };
      return { kind: 'drop-after-commit', latencyMs };
    }
    if (s.hangRate > 0 && this.random() < s.hangRate) return { kind: 'hang', latencyMs };
    if (s.errorRate > 0 && this.random() < s.errorRate) return { kind: 'status', status: s.errorStatus, latencyMs };
    return { kind: 'none', latencyMs };
  }
}
