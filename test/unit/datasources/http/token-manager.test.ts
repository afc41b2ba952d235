import { inspect } from 'node:util';
import { TokenManager, tokenCacheKey, type IssuedToken } from '../../../../src/datasources/http/token-manager';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('TokenManager', () => {
  it('builds one cache key per provider, environment and client id', () => {
    expect(tokenCacheKey('ASTRA', 'sandbox', 'client-1')).toBe('ASTRA:sandbox:client-1');
    expect(tokenCacheKey('ASTRA', 'production', 'client-1')).not.toBe(tokenCacheKey('ASTRA', 'sandbox', 'client-1'));
  });

  it('coalesces 1,000 concurrent cold token requests into one fetch', async () => {
    const pending = deferred<IssuedToken>();
    const fetchToken = jest.fn(() => pending.promise);
    const tokens = new TokenManager({ key: 'k', fetchToken, refreshMarginMs: 60_000 });

    const all = Promise.all(Array.from({ length: 1_000 }, () => tokens.getToken()));
    pending.resolve({ accessToken: 'tok-1', expiresAt: Date.now() + 3_600_000 });
    const results = await all;

    expect(fetchToken).toHaveBeenCalledTimes(1);
    expect(tokens.fetchCount).toBe(1);
    expect(new Set(results)).toEqual(new Set(['tok-1']));
    await tokens.getToken();
    expect(tokens.fetchCount).toBe(1); // cached afterwards
  });

  it('never caches a token error', async () => {
    let call = 0;
    const tokens = new TokenManager({
      key: 'k',
      refreshMarginMs: 60_000,
      fetchToken: async () => {
        call++;
        if (call === 1) throw new Error('token endpoint down');
        return { accessToken: 'tok-2', expiresAt: Date.now() + 3_600_000 };
      },
    });

    // Concurrent callers share the failing flight ...
    const results = await Promise.allSettled([tokens.getToken(), tokens.getToken(), tokens.getToken()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(tokens.fetchCount).toBe(1);
    // ... and the next call tries again.
    await expect(tokens.getToken()).resolves.toBe('tok-2');
    expect(tokens.fetchCount).toBe(2);
  });

  it('refreshes ahead of expiry', async () => {
    let now = 1_000_000;
    let n = 0;
    const tokens = new TokenManager({
      key: 'k',
      refreshMarginMs: 60_000,
      now: () => now,
      fetchToken: async () => ({ accessToken: `tok-${++n}`, expiresAt: now + 3_600_000 }),
    });

    await expect(tokens.getToken()).resolves.toBe('tok-1');
    now += 3_600_000 - 60_001; // just before the margin
    await expect(tokens.getToken()).resolves.toBe('tok-1');
    expect(tokens.fetchCount).toBe(1);

    now += 2; // inside the margin, token still valid: served while one background refresh runs
    const during = await Promise.all([tokens.getToken(), tokens.getToken(), tokens.getToken()]);
    expect(during).toEqual(['tok-1', 'tok-1', 'tok-1']);
    expect(tokens.fetchCount).toBe(2);
    await flush();
    await expect(tokens.getToken()).resolves.toBe('tok-2');
    expect(tokens.fetchCount).toBe(2);
  });

  it('stops serving the old token after the first quarter of the margin: callers wait for the new one', async () => {
    let now = 1_000_000;
    let n = 0;
    const issued = [deferred<IssuedToken>(), deferred<IssuedToken>()];
    const tokens = new TokenManager({ key: 'k', refreshMarginMs: 60_000, now: () => now, fetchToken: () => issued[n++].promise });
    const first = tokens.getToken();
    issued[0].resolve({ accessToken: 'tok-1', expiresAt: now + 3_600_000 });
    await expect(first).resolves.toBe('tok-1');

    // 44 s before expiry: inside the margin (60 s) and past its first quarter, so the refresh that
    // starts now is awaited rather than served around; every caller shares that one flight.
    now += 3_600_000 - 44_000;
    let settled = 0;
    const waiting = Promise.all([tokens.getToken(), tokens.getToken()]).finally(() => settled++);
    await flush();
    expect(settled).toBe(0);
    expect(tokens.fetchCount).toBe(2);
    issued[1].resolve({ accessToken: 'tok-2', expiresAt: now + 3_600_000 });
    await expect(waiting).resolves.toEqual(['tok-2', 'tok-2']);
    expect(tokens.fetchCount).toBe(2);
  });

  it('waits for a new token once the cached one has expired', async () => {
    let now = 0;
    let n = 0;
    const tokens = new TokenManager({
      key: 'k',
      refreshMarginMs: 60_000,
      now: () => now,
      fetchToken: async () => ({ accessToken: `tok-${++n}`, expiresAt: now + 3_600_000 }),
    });
    await tokens.getToken();
    now += 3_600_000;
    await expect(tokens.getToken()).resolves.toBe('tok-2');
  });

  it('caps the refresh margin at half the lifetime of a short-lived token', async () => {
    let now = 50_000; // not 0: the lifetime is expiresAt - now, which must not equal expiresAt
    let n = 0;
    const tokens = new TokenManager({
      key: 'k',
      refreshMarginMs: 60_000, // larger than the 2 s TTL of the benchmark's token
      now: () => now,
      fetchToken: async () => ({ accessToken: `tok-${++n}`, expiresAt: now + 2_000 }),
    });
    await tokens.getToken();
    now = 50_999;
    for (let i = 0; i < 100; i++) await tokens.getToken();
    expect(tokens.fetchCount).toBe(1);
    now = 51_000; // half the lifetime: refresh
    await tokens.getToken();
    await flush();
    expect(tokens.fetchCount).toBe(2);
  });

  it('invalidate drops only the current token', async () => {
    let n = 0;
    const tokens = new TokenManager({
      key: 'k',
      refreshMarginMs: 0,
      fetchToken: async () => ({ accessToken: `tok-${++n}`, expiresAt: Date.now() + 3_600_000 }),
    });
    await tokens.getToken();
    tokens.invalidate('tok-1');
    tokens.invalidate('tok-1');
    await expect(tokens.getToken()).resolves.toBe('tok-2');
    tokens.invalidate('tok-1'); // stale: ignored
    await expect(tokens.getToken()).resolves.toBe('tok-2');
    expect(tokens.fetchCount).toBe(2);
  });

  it('concurrent invalidations of the same token cause one refresh', async () => {
    let n = 0;
    const tokens = new TokenManager({
      key: 'k',
      refreshMarginMs: 0,
      fetchToken: async () => ({ accessToken: `tok-${++n}`, expiresAt: Date.now() + 3_600_000 }),
    });
    const first = await tokens.getToken();
    const fresh = await Promise.all(
      Array.from({ length: 100 }, async () => {
        tokens.invalidate(first);
        return tokens.getToken();
      }),
    );
    expect(new Set(fresh)).toEqual(new Set(['tok-2']));
    expect(tokens.fetchCount).toBe(2);
  });

  it('rejects an unusable token without echoing it', async () => {
    const tokens = new TokenManager({
      key: 'ASTRA:sandbox:c1',
      refreshMarginMs: 0,
      fetchToken: async () => ({ accessToken: 'secret-value', expiresAt: Number.NaN }),
    });
    // Must reject (a resolved token would otherwise slip through a `.catch(e => e)`), with a message
    // that names the credential set but not the value received.
    const error: unknown = await tokens.getToken().then(
      () => {
        throw new Error('expected getToken to reject');
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Token endpoint for ASTRA:sandbox:c1 returned an unusable token');
    expect((error as Error).message).not.toContain('secret-value');
    expect(tokens.fetchCount).toBe(1);
  });

  it.each([
    ['an empty token', { accessToken: '', expiresAt: Date.now() + 60_000 }],
    ['a non-string token', { accessToken: 42 as unknown as string, expiresAt: Date.now() + 60_000 }],
    ['an infinite expiry', { accessToken: 'secret-value', expiresAt: Number.POSITIVE_INFINITY }],
  ])('rejects %s and caches nothing', async (_label, issued) => {
    let calls = 0;
    const tokens = new TokenManager({
      key: 'k',
      refreshMarginMs: 0,
      fetchToken: async () => (++calls === 1 ? issued : { accessToken: 'good', expiresAt: Date.now() + 60_000 }),
    });
    await expect(tokens.getToken()).rejects.toThrow('Token endpoint for k returned an unusable token');
    await expect(tokens.getToken()).resolves.toBe('good');
    expect(tokens.fetchCount).toBe(2);
  });

  it('keeps the token out of inspect and JSON output', async () => {
    const tokens = new TokenManager({
      key: 'k',
      refreshMarginMs: 0,
      fetchToken: async () => ({ accessToken: 'super-secret-token', expiresAt: Date.now() + 60_000 }),
    });
    await tokens.getToken();
    expect(inspect(tokens, { depth: 5, showHidden: true })).not.toContain('super-secret-token');
    expect(JSON.stringify(tokens)).not.toContain('super-secret-token');
  });
});
