import type { SharedState } from '../state/shared-state';
import type { AdmissionCheck } from '../edge/graphql-policy';
import { rateLimited, spend } from '../edge/rate-limits';
import { rateLimiterFor } from '../state/stores';

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
  const perKey = options.perKey > 0 ? rateLimiterFor(state, 'publishable-key', options.perKey, options.windowSeconds) : undefined;
  const perAddress = options.perAddress > 0 ? rateLimiterFor(state, 'publishable-address', options.perAddress, options.windowSeconds) : undefined;
  return async ({ client }) => {
    if (client.kind !== 'publishable-key') return null;
    const address = client.address ?? 'unknown';
    const overAddress = perAddress && (await spend(perAddress, `${client.clientId}|${address}`, 1));
    if (overAddress)
      return rateLimited(`Too many operations from this address with this publishable key (at most ${options.perAddress} per ${options.windowSeconds} s).`, overAddress);
    const overKey = perKey && (await spend(perKey, client.clientId, 1));
    if (overKey) return rateLimited(`Too many operations with this publishable key (at most ${options.perKey} per ${options.windowSeconds} s).`, overKey);
    return null;
  };
}
