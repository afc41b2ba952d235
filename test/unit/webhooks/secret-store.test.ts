import { MemoryWebhookSecretStore, secretFingerprint } from '../../../src/webhooks/secret-store';

describe('MemoryWebhookSecretStore', () => {
  afterEach(() => jest.restoreAllMocks());

  test('creates 32-byte base64url secrets that verify for their provider only', async () => {
    const store = new MemoryWebhookSecretStore();
    const secret = await store.create('ASTRA');
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    await expect(store.verify('ASTRA', secret)).resolves.toBe(true);
    // The ingress passes the provider as it appears in the URL.
    await expect(store.verify('astra', secret)).resolves.toBe(true);
    await expect(store.verify('PAGSTAR', secret)).resolves.toBe(false);
    await expect(store.verify('NOPE', secret)).resolves.toBe(false);
  });

  test('rejects wrong, truncated, extended, empty and oversized secrets', async () => {
    const store = new MemoryWebhookSecretStore();
    const secret = await store.create('ASTRA');
    const flipped = (secret[0] === 'A' ? 'B' : 'A') + secret.slice(1);
    for (const presented of [flipped, secret.slice(0, -1), `${secret}x`, '', 'x'.repeat(10_000), secret.toLowerCase() === secret ? secret.toUpperCase() : secret.toLowerCase()]) {
      await expect(store.verify('ASTRA', presented)).resolves.toBe(false);
    }
  });

  test('revoke makes a secret fail at once and leaves the others alone', async () => {
    const store = new MemoryWebhookSecretStore();
    const a = await store.create('ASTRA');
    const b = await store.create('ASTRA');
    await store.revoke('ASTRA', a);
    await expect(store.verify('ASTRA', a)).resolves.toBe(false);
    await expect(store.verify('ASTRA', b)).resolves.toBe(true);
    await expect(store.fingerprints('ASTRA')).resolves.toEqual([secretFingerprint(b)]);
    // Unknown secrets and providers are ignored.
    await expect(store.revoke('ASTRA', 'unknown')).resolves.toBeUndefined();
    await expect(store.revoke('PAGSTAR', b)).resolves.toBeUndefined();
    await expect(store.verify('ASTRA', b)).resolves.toBe(true);
  });

  test('secrets are unique', async () => {
    const store = new MemoryWebhookSecretStore();
    const secrets = await Promise.all(Array.from({ length: 2_000 }, () => store.create('ASTRA')));
    expect(new Set(secrets).size).toBe(2_000);
    await expect(store.fingerprints('ASTRA')).resolves.toHaveLength(2_000);
  });

  test('two stores never accept each other’s secrets', async () => {
    const one = new MemoryWebhookSecretStore();
    const two = new MemoryWebhookSecretStore();
    await two.create('ASTRA');
    await expect(two.verify('ASTRA', await one.create('ASTRA'))).resolves.toBe(false);
  });

  test('constant-time path: equal-length digests compared with timingSafeEqual against every known secret, match or not', async () => {
    const store = new MemoryWebhookSecretStore();
    const secrets = [await store.create('ASTRA'), await store.create('ASTRA'), await store.create('ASTRA')];
    // The module object itself (an `import * as` namespace would be a copy the store never calls).
    const crypto = jest.requireActual<typeof import('node:crypto')>('node:crypto');
    const spy = jest.spyOn(crypto, 'timingSafeEqual');

    for (const presented of [secrets[0], 'short', 'x'.repeat(200)]) {
      spy.mockClear();
      await store.verify('ASTRA', presented);
      // No early exit on the first match, no shortcut on a length mismatch.
      expect(spy).toHaveBeenCalledTimes(secrets.length);
      for (const [a, b] of spy.mock.calls as unknown as [Buffer, Buffer][]) {
        expect(a.length).toBe(32);
        expect(b.length).toBe(32);
      }
    }
  });
});
