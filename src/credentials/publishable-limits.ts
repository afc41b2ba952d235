import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { SharedState } from '../state/shared-state';
import type { AdmissionCheck } from '../edge/graphql-policy';

export interface PublishableLimitOptions {
  /** Operations per publishable key per window (PUBLISHABLE_KEY_RATE_LIMIT; 0 = none). */
  perKey: number;
  /** Operations per publishable key and client address per window (PUBLISHABLE_KEY_RATE_LIMIT_PER_ADDRESS; 0 = none). */
  perAddress: number;
  windowSeconds: number;
}

/**
 * Budgets of publishable keys (docs/security.md): the key is public, so anyone can spend its
 * budget; a per-address budget keeps one client (a card-testing script) from spending it all.
 * Counted by rate-limiter-flexible like the per-key budgets (src/edge/rate-limits.ts), shared
 * through Redis when there is one. The address is the TCP peer: behind a proxy, the proxy's.
 */
export function publishableKeyLimits(options: PublishableLimitOptions, state: SharedState): AdmissionCheck {
  const perKey = options.perKey > 0 ? limiter(state, 'publishable-key', options.perKey, options.windowSeconds) : undefined;
  const perAddress = options.perAddress > 0 ? limiter(state, 'publishable-address', options.perAddress, options.windowSeconds) : undefined;
  return async ({ client }) => {
    if (client.kind !== 'publishable-key') return null;
    const address = client.address ?? 'unknown';
    const overAddress = perAddress && (await spend(perAddress, `${client.clientId}|${address}`));
    if (overAddress)
      return rateLimited(`Too many operations from this address with this publishable key (at most ${options.perAddress} per ${options.windowSeconds} s).`, overAddress);
    const overKey = perKey && (await spend(perKey, client.clientId));
    if (overKey) return rateLimited(`Too many operations with this publishable key (at most ${options.perKey} per ${options.windowSeconds} s).`, overKey);
    return null;
  };
}

function limiter(state: SharedState, name: string, points: number, duration: number): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix: name, points, duration });
  if (state.kind !== 'redis' || !state.redis) return memory;
  return new RateLimiterRedis({ storeClient: state.redis, keyPrefix: `${state.keyPrefix}ratelimit:${name}`, points, duration, insuranceLimiter: memory });
}

async function spend(limiterOf: RateLimiterAbstract, key: string): Promise<number | null> {
  try {
    await limiterOf.consume(key, 1);
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
  });
}
