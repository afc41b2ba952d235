import type { SharedTokenSlot } from './shared-token-cache';
import { obtainSharedToken } from './shared-token-flight';
import { outsideProviderCallBudget } from './provider-call-budget';
import type { SharedToken } from './token-crypto';

export interface IssuedToken {
  accessToken: string;
  /** epoch ms */
  expiresAt: number;
}

export interface TokenManagerOptions {
  /** Cache key, e.g. tokenCacheKey('ASTRA', 'sandbox', clientId). Identifies the credential set; never a secret. */
  key: string;
  fetchToken: () => Promise<IssuedToken>;
  /** Refresh this long before expiry (Astra: 60 s). Capped at half the token's lifetime, see below. */
  refreshMarginMs: number;
  now?: () => number;
  /**
   * Optional copy shared by every instance (Redis, encrypted; shared-token-cache.ts): one token
   * call per window across N instances. Absent: this process fetches its own.
   */
  shared?: SharedTokenSlot;
}

/** One cache entry per (provider, environment, client id). The client id is not a secret. */
export function tokenCacheKey(provider: string, environment: string, clientId: string): string {
  return `${provider}:${environment}:${clientId}`;
}

/**
 * Caches one provider access token. Keep ONE instance per key for the life of the
 * process (e.g. a Map<key, TokenManager> next to the datasource factory); the cache is per instance.
 *
 * - Single flight: any number of concurrent callers without a usable token share one `fetchToken`.
 * - Errors are never cached: the failed flight is dropped, the next call starts a new one.
 * - Refresh ahead of expiry: from `expiresAt - margin` on, the first caller starts a refresh in the
 *   background and everybody keeps getting the old token until the new one arrives. The margin is
 *   capped at half the token's lifetime, so a short-lived token (e.g. a 2 s benchmark TTL with a
 *   60 s margin) is not refetched on every call.
 * - Never send a token about to expire: the old token is served during that background refresh only
 *   in the first quarter of the margin (`serveUntil`). A request can spend a while between
 *   getToken and the provider's check (queueing under load, a slow upstream, a retry's backoff), so
 *   from `serveUntil` on callers wait for the refresh (still one flight) instead of taking a token
 *   that could expire on the way: 0 upstream 401s while tokens expire under load (docs/performance.md).
 * - `invalidate(token)` drops the cache only if `token` is still the current one, so N concurrent
 *   401s for the same token cause one refresh.
 *
 * - With `shared`: a flight first looks at the shared copy; one instance (refresh lock) fetches
 *   and shares, the others wait for it with a bound; a 401 also drops the shared copy if it still
 *   holds the refused token, and a refused token is never adopted again from it. Redis trouble
 *   → this process fetches its own (shared-token-flight.ts).
 *
 * The token lives in private fields: it never shows in `util.inspect`, JSON or error messages.
 */
export class TokenManager {
  readonly key: string;
  readonly #fetchToken: () => Promise<IssuedToken>;
  readonly #marginMs: number;
  readonly #now: () => number;
  #token: string | undefined;
  #refreshAt = 0;
  /** After this, the old token is no longer handed out, even while its refresh is in flight. */
  #serveUntil = 0;
  #inflight: Promise<string> | undefined;
  #fetchCount = 0;
  readonly #shared: SharedTokenSlot | undefined;
  /** The last token a provider refused (401): never served again, even from the shared copy. */
  #refused: string | undefined;

  constructor(options: TokenManagerOptions) {
    this.key = options.key;
    this.#fetchToken = options.fetchToken;
    this.#marginMs = Math.max(0, options.refreshMarginMs);
    this.#now = options.now ?? Date.now;
    this.#shared = options.shared;
  }

  /** How many times fetchToken ran. */
  get fetchCount(): number {
    return this.#fetchCount;
  }

  getToken(): Promise<string> {
    const token = this.#token;
    if (token !== undefined) {
      const now = this.#now();
      if (now < this.#refreshAt) return Promise.resolve(token);
      if (now < this.#serveUntil) {
        // Well within its lifetime: serve it and refresh in the background (single flight; a
        // failure is not cached, the next caller inside the margin simply tries again).
        this.#refresh().catch(noop);
        return Promise.resolve(token);
      }
    }
    return this.#refresh();
  }

  invalidate(token: string): void {
    this.#refused = token;
    // Fire and forget: the slot never throws, and a newer shared token is left alone.
    if (this.#shared) void this.#shared.deleteIf(token);
    if (this.#token !== undefined && this.#token === token) {
      this.#token = undefined;
      this.#refreshAt = 0;
      this.#serveUntil = 0;
    }
  }

  #refresh(): Promise<string> {
    if (this.#inflight) return this.#inflight;
    // The flight is shared by every waiting operation and is not provider data: it runs outside
    // the provider-call budget of whichever operation happened to start it (provider-call-budget.ts).
    const flight = outsideProviderCallBudget(() => this.#run()).finally(() => {
      if (this.#inflight === flight) this.#inflight = undefined;
    });
    this.#inflight = flight;
    return flight;
  }

  async #run(): Promise<string> {
    const token = this.#shared
      ? await obtainSharedToken(this.#shared, {
          now: this.#now,
          usable: (candidate) => candidate.accessToken !== this.#refused && this.#now() < candidate.refreshAt,
          fetch: () => this.#fetchFresh(),
        })
      : await this.#fetchFresh();
    this.#token = token.accessToken;
    this.#refreshAt = token.refreshAt;
    // The old token is handed out during the first quarter of the margin only: three quarters of
    // the margin (45 s for Astra; 0.75 s for a 2 s benchmark token) is left for the trip.
    this.#serveUntil = token.refreshAt + (token.expiresAt - token.refreshAt) / 4;
    return token.accessToken;
  }

  async #fetchFresh(): Promise<SharedToken> {
    this.#fetchCount++;
    const issued = await this.#fetchToken();
    const now = this.#now();
    if (!issued || typeof issued.accessToken !== 'string' || issued.accessToken === '' || !Number.isFinite(issued.expiresAt)) {
      // Deliberately says nothing about the value received.
      throw new Error(`Token endpoint for ${this.key} returned an unusable token`);
    }
    const margin = Math.min(this.#marginMs, Math.max(0, (issued.expiresAt - now) / 2));
    return { accessToken: issued.accessToken, expiresAt: issued.expiresAt, refreshAt: issued.expiresAt - margin };
  }
}

function noop(): void {}
