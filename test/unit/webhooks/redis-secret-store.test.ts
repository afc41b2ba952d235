import { createRedis, waitForRedis, type Redis } from '../../../src/state/redis';
import { StateUnavailableError } from '../../../src/errors/domain-errors';
import { RedisWebhookSecretStore, secretFingerprint } from '../../../src/webhooks/secret-store';
import { SHARED_REDIS_URL, deletePrefix, testRedisClient, uniquePrefix } from '../../helpers/redis';

/** The shared store against the real Redis: hashed at rest, shared by instances, survives a new client. */
describe('RedisWebhookSecretStore', () => {
  let redis: Redis;
  let inspector: Redis;
  let prefix: string;

  beforeAll(async () => {
    redis = createRedis(SHARED_REDIS_URL);
    inspector = testRedisClient();
    await waitForRedis(redis);
  });
  beforeEach(() => {
    prefix = uniquePrefix('secrets');
  });
  afterEach(() => deletePrefix(inspector, prefix));
  afterAll(async () => {
    await redis.quit();
    await inspector.quit();
  });

  /** Every key and every value under the prefix, as text. */
  async function dump(): Promise<string> {
    const keys = await inspector.keys(`${prefix}*`);
    const parts: string[] = [...keys];
    for (const key of keys) parts.push(...(await inspector.smembers(key)));
    return parts.join('\n');
  }

  test('a secret created by one instance verifies on another, case-insensitive provider, other provider refused', async () => {
    const a = new RedisWebhookSecretStore(redis, prefix);
    const b = new RedisWebhookSecretStore(redis, prefix);
    const secret = await a.create('ASTRA');
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await expect(b.verify('ASTRA', secret)).resolves.toBe(true);
    await expect(b.verify('astra', secret)).resolves.toBe(true);
    await expect(b.verify('PAGSTAR', secret)).resolves.toBe(false);
    for (const wrong of [secret.slice(0, -1), `${secret}x`, '', 'x'.repeat(10_000)]) await expect(b.verify('ASTRA', wrong)).resolves.toBe(false);
    // Another key prefix (another deployment) knows nothing of it.
    await expect(new RedisWebhookSecretStore(redis, uniquePrefix('other')).verify('ASTRA', secret)).resolves.toBe(false);
  });

  test('Redis holds fingerprints only: no secret appears in any key or value', async () => {
    const store = new RedisWebhookSecretStore(redis, prefix);
    const secrets = [await store.create('ASTRA'), await store.create('ASTRA'), await store.create('PAGSTAR')];
    const text = await dump();
    expect(await inspector.keys(`${prefix}*`)).toHaveLength(2);
    for (const secret of secrets) {
      expect(text).not.toContain(secret);
      expect(text).toContain(secretFingerprint(secret));
    }
    expect((await store.fingerprints('ASTRA')).sort()).toEqual(secrets.slice(0, 2).map(secretFingerprint).sort());
  });

  test('revoke on one instance refuses the secret on every instance; adopt is idempotent', async () => {
    const a = new RedisWebhookSecretStore(redis, prefix);
    const b = new RedisWebhookSecretStore(redis, prefix);
    const keep = await a.create('ASTRA');
    const drop = await a.create('ASTRA');
    await b.revoke('astra', drop);
    await expect(a.verify('ASTRA', drop)).resolves.toBe(false);
    await expect(a.verify('ASTRA', keep)).resolves.toBe(true);
    await b.revoke('ASTRA', 'never-existed');
    await a.adopt('PAGSTAR', 'derived-secret-value');
    await b.adopt('PAGSTAR', 'derived-secret-value');
    await expect(a.fingerprints('PAGSTAR')).resolves.toEqual([secretFingerprint('derived-secret-value')]);
  });

  test('Redis unreachable: verify fails with StateUnavailableError, never a plain "unknown secret"', async () => {
    const down = createRedis('redis://127.0.0.1:1', { retryStrategy: () => null, lazyConnect: true, disconnectTimeout: 10 });
    const store = new RedisWebhookSecretStore(down, prefix);
    await expect(store.verify('ASTRA', 'a'.repeat(43))).rejects.toBeInstanceOf(StateUnavailableError);
    down.disconnect();
  });
});
