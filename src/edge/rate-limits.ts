import { GraphQLError } from 'graphql';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimiterFor } from '../state/stores';
import type { SharedState } from '../state/shared-state';
import type { ClientIdentity } from '../context';
import type { AdmissionCheck } from './graphql-policy';

export interface RateLimitOptions {
  /** Operations per API key per window (RATE_LIMIT_REQUESTS; 0 = no limit). */
  requests: number;
  /** Estimated provider calls per API key per window (RATE_LIMIT_PROVIDER_CALLS; 0 = no limit). */
  providerCalls: number;
  windowSeconds: number;
}

/** What the per-key budgets offer the edge: the admission check, and a charge for later work. */
export interface RateLimits {
  /** Run on every operation before it executes (both transports). */
  check: AdmissionCheck;
  /**
   * Spends `providerCalls` of the client's provider-call budget for work after admission (a
   * subscription event's re-execution): the RATE_LIMITED error when spent, else null.
   */
  chargeProviderCalls(client: ClientIdentity, providerCalls: number): Promise<GraphQLError | null>;
}

/**
 * Per-API-key budgets (docs/security.md): operations and provider calls (the edge estimate, so a
 * refused operation spends nothing upstream) per window, counted by `rate-limiter-flexible`.
 * With Redis (REDIS_URL) every instance shares the counters under the state key prefix; if Redis
 * fails, an in-memory limiter takes over (limits per instance rather than no limits).
 * An open server (no API_KEYS, sandbox) has no keys to limit.
 */
export function createRateLimits(options: RateLimitOptions, state: SharedState): RateLimits {
  const requests = options.requests > 0 ? rateLimiterFor(state, 'requests', options.requests, options.windowSeconds) : undefined;
  const calls = options.providerCalls > 0 ? rateLimiterFor(state, 'provider-calls', options.providerCalls, options.windowSeconds) : undefined;
  const chargeProviderCalls = async (client: ClientIdentity, providerCalls: number): Promise<GraphQLError | null> => {
    if (!calls || client.clientId === 'anonymous' || providerCalls <= 0) return null;
    const over = await spend(calls, client.clientId, providerCalls);
    return over ? rateLimited(`Provider-call budget of this API key spent (at most ${options.providerCalls} per ${options.windowSeconds} s).`, over) : null;
  };
  return {
    chargeProviderCalls,
    async check({ client }, estimate) {
      if (client.clientId === 'anonymous') return null;
      const overRequests = requests && (await spend(requests, client.clientId, 1));
      if (overRequests) return rateLimited(`Too many operations for this API key (at most ${options.requests} per ${options.windowSeconds} s).`, overRequests);
      return chargeProviderCalls(client, estimate.providerCalls);
    },
  };
}

/** Seconds until the budget allows this request again, or null when it was within budget. */
export async function spend(limiterOf: RateLimiterAbstract, key: string, points: number): Promise<number | null> {
  try {
    await limiterOf.consume(key, points);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/** RATE_LIMITED, HTTP 429 with Retry-After. */
export function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
  });
}
