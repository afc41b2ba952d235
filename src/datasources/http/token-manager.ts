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
}

/** One cache entry per (provider, environment, client id). The client id is not a secret. */
export function tokenCacheKey(provider: string, environment: string, clientId: string): string {
  return `${provider}:${environment}:${clientId}`;
}

/**
 * Caches one provider access token (DESIGN §4). Keep ONE instance per key for the life of the
 * process (e.g. a Map<key, TokenManager> next to the datasource factory); the cache is per instance.
 *
 * - Single flight: any number of concurrent callers without a usable token share one `fetchToken`.
 * - Errors are never cached: the failed flight is dropped, the next call starts a new one.
 * - Refresh ahead of expiry: from `expiresAt - margin` on, the first caller starts a refresh in the
 *   background and everybody keeps getting the still-valid token until the new one arrives; only
 *   callers without a valid token wait. The margin is capped at half the token's lifetime, so a
 *   short-lived token (e.g. a 2 s benchmark TTL with a 60 s margin) is not refetched on every call.
 * - `invalidate(token)` drops the cache only if `token` is still the current one, so N concurrent
 *   401s for the same token cause one refresh.
 *
 * The token lives in private fields: it never shows in `util.inspect`, JSON or error messages.
 */
export class TokenManager {
  readonly key: string;
  readonly #fetchToken: () => Promise<IssuedToken>;
  readonly #marginMs: number;
  readonly #now: () => number;
  #token: string | undefined;
  #expiresAt = 0;
  #refreshAt = 0;
  #inflight: Promise<string> | undefined;
  #fetchCount = 0;

  constructor(options: TokenManagerOptions) {
    this.key = options.key;
    this.#fetchToken = options.fetchToken;
    this.#marginMs = Math.max(0, options.refreshMarginMs);
    this.#now = options.now ?? Date.now;
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
      if (now < this.#expiresAt) {
        // Still valid: serve it and refresh in the background (single flight; a failure is not
        // cached, the next caller inside the margin simply tries again).
        this.#refresh().catch(noop);
        return Promise.resolve(token);
      }
    }
    return this.#refresh();
  }

  invalidate(token: string): void {
    if (this.#token !== undefined && this.#token === token) {
      this.#token = undefined;
      this.#expiresAt = 0;
      this.#refreshAt = 0;
    }
  }

  #refresh(): Promise<string> {
    if (this.#inflight) return this.#inflight;
    const flight = this.#run().finally(() => {
      if (this.#inflight === flight) this.#inflight = undefined;
    });
    this.#inflight = flight;
    return flight;
  }

  async #run(): Promise<string> {
    this.#fetchCount++;
    const issued = await this.#fetchToken();
    const now = this.#now();
    if (!issued || typeof issued.accessToken !== 'string' || issued.accessToken === '' || !Number.isFinite(issued.expiresAt)) {
      // Deliberately says nothing about the value received.
      throw new Error(`Token endpoint for ${this.key} returned an unusable token`);
    }
    const margin = Math.min(this.#marginMs, Math.max(0, (issued.expiresAt - now) / 2));
    this.#token = issued.accessToken;
    this.#expiresAt = issued.expiresAt;
    this.#refreshAt = issued.expiresAt - margin;
    return issued.accessToken;
  }
}

function noop(): void {}
