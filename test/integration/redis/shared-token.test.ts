import { Writable } from 'node:stream';
import { createLogger } from '../../../src/logger';
import { createRedis, waitForRedis, type Redis } from '../../../src/state/redis';
import { createAstraDatasource, type AstraDatasource } from '../../../src/datasources/astra';
import { SharedTokenCache } from '../../../src/datasources/http/shared-token-cache';
import { TokenManager } from '../../../src/datasources/http/token-manager';
import { eventually } from '../../helpers/paygraph';
import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { SHARED_REDIS_URL, deletePrefix, startRedisServer, testRedisClient, uniquePrefix } from '../../helpers/redis';

/**
 * Issue 9: N instances share one Astra token through Redis. Three datasources (one per "instance",
 * each with its own Redis connection and token manager) against one simulator, whose token route
 * counter is the measurement.
 */
const POLICY = { timeoutMs: 10_000, deadlineMs: 20_000, retryLimit: 1 };
const TOKEN_ROUTE = 'POST /oauth/v1/token';

let sim: AstraSimulator;
const inspector = testRedisClient();
const clients: Redis[] = [];
let prefix: string;
let logs: string[];

beforeAll(async () => {
  sim = await startAstraSimulator({ sandboxDelayMs: 0 });
});
beforeEach(() => {
  prefix = uniquePrefix('shared-token');
  logs = [];
  sim.counters.reset();
});
afterEach(async () => {
  // A client of the restarted Redis can look ready while its stream is not writable yet: then quit
  // rejects, and disconnect is what is left.
  for (const client of clients.splice(0)) await (client.status === 'ready' ? client.quit().catch(() => client.disconnect()) : Promise.resolve(client.disconnect()));
  await deletePrefix(inspector, prefix);
});
afterAll(async () => {
  await sim.close();
  await inspector.quit();
});

function logger() {
  return createLogger('info', new Writable({ write: (chunk, _e, done) => (logs.push(...chunk.toString().split('\n').filter(Boolean)), done()) }));
}

async function instance(redisUrl = SHARED_REDIS_URL, cacheOptions: { waitMs?: number } = {}): Promise<AstraDatasource> {
  const redis = createRedis(redisUrl, redisUrl === SHARED_REDIS_URL ? {} : { retryStrategy: () => null, lazyConnect: true, disconnectTimeout: 10 });
  clients.push(redis);
  if (redisUrl === SHARED_REDIS_URL) await waitForRedis(redis);
  const endpoint = { clientId: sim.clientId, clientSecret: sim.clientSecret, baseUrl: sim.url, tokenUrl: `${sim.url}/oauth/v1/token`, environment: 'test' };
  return createAstraDatasource(endpoint, POLICY, { sharedTokens: new SharedTokenCache({ redis, keyPrefix: prefix, logger: logger(), ...cacheOptions }) });
}

/** `perInstance` concurrent authenticated calls on every instance at once. */
async function load(instances: AstraDatasource[], perInstance: number): Promise<void> {
  await Promise.all(instances.flatMap((ds) => Array.from({ length: perInstance }, () => ds.webhooks.list())));
}

test('3 instances, cold and concurrent: exactly 1 token call; a forced 401 for all: exactly 1 more', async () => {
  const instances = [await instance(), await instance(), await instance()];
  await load(instances, 20);
  expect(sim.counters.count(TOKEN_ROUTE)).toBe(1);
  const tokens = await Promise.all(instances.map((ds) => ds.tokens.getToken()));
  expect(new Set(tokens).size).toBe(1);
  expect(instances.map((ds) => ds.tokens.fetchCount).reduce((a, b) => a + b)).toBe(1);

  // Every token issued so far is refused: each instance gets 401s and refreshes, once in total.
  sim.revokeTokens();
  await load(instances, 10);
  expect(sim.counters.count(TOKEN_ROUTE)).toBe(2);
  const after = await Promise.all(instances.map((ds) => ds.tokens.getToken()));
  expect(new Set(after).size).toBe(1);
  expect(after[0]).not.toBe(tokens[0]);
});

test('baseline without the shared cache: the same cold load on 3 instances makes 3 token calls', async () => {
  const endpoint = { clientId: sim.clientId, clientSecret: sim.clientSecret, baseUrl: sim.url, tokenUrl: `${sim.url}/oauth/v1/token`, environment: 'test' };
  const instances = [1, 2, 3].map(() => createAstraDatasource(endpoint, POLICY));
  await load(instances, 20);
  expect(sim.counters.count(TOKEN_ROUTE)).toBe(3);
});

test('the shared copy is encrypted: no key or value in Redis contains the token', async () => {
  const [ds] = [await instance()];
  await load([ds], 1);
  const token = await ds.tokens.getToken();
  const keys = await inspector.keys(`${prefix}*`);
  expect(keys).toEqual([`${prefix}token:ASTRA:test:${sim.clientId}`]);
  const values = await Promise.all(keys.map((key) => inspector.get(key)));
  expect(values[0]).toMatch(/^v1\./);
  for (const text of [...keys, ...values]) {
    expect(text).not.toContain(token);
    expect(text).not.toContain(sim.clientSecret);
  }
  // The TTL follows the token's expiry: Redis drops it by itself.
  expect(await inspector.pttl(keys[0])).toBeGreaterThan(0);
});

test('Redis unreachable: requests still succeed with a per-process token, logged once', async () => {
  const ds = await instance('redis://127.0.0.1:1');
  await load([ds], 10);
  await load([ds], 5);
  expect(sim.counters.count(TOKEN_ROUTE)).toBe(1);
  expect(logs.filter((line) => line.includes('"shared_token_cache_unavailable"'))).toHaveLength(1);
  ds.tokens.invalidate(await ds.tokens.getToken());
  await load([ds], 3);
  expect(sim.counters.count(TOKEN_ROUTE)).toBe(2);
  expect(logs.filter((line) => line.includes('"shared_token_cache_unavailable"'))).toHaveLength(1);
});

test('a token endpoint failure is not cached: the next call fetches again, and one instance takes over the lock', async () => {
  const [a, b] = [await instance(), await instance()];
  sim.faults.set({ failNextCount: 2, errorStatus: 503, routeFilter: TOKEN_ROUTE });
  await expect(a.webhooks.list()).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
  expect(sim.counters.count(TOKEN_ROUTE)).toBe(2); // one attempt + one retry (retryLimit 1)
  sim.faults.reset();
  await load([a, b], 5);
  expect(sim.counters.count(TOKEN_ROUTE)).toBe(3);
  expect(await inspector.exists(`${prefix}token-lock:ASTRA:test:${sim.clientId}`)).toBe(0);
});

test('refresh ahead across instances: early in the margin every instance keeps serving, and one refreshes for all', async () => {
  let now = 1_000_000;
  let issued = 0;
  const fetchToken = async () => ({ accessToken: `tok-${++issued}`, expiresAt: now + 100_000 });
  const managers = await Promise.all(
    [1, 2, 3].map(async () => {
      const redis = createRedis(SHARED_REDIS_URL);
      clients.push(redis);
      await waitForRedis(redis);
      const cache = new SharedTokenCache({ redis, keyPrefix: prefix, logger: logger() });
      return new TokenManager({ key: 'K', fetchToken, refreshMarginMs: 30_000, now: () => now, shared: cache.slot('K', 'credential') });
    }),
  );
  expect(await Promise.all(managers.map((m) => m.getToken()))).toEqual(['tok-1', 'tok-1', 'tok-1']);
  // Inside the 30 s margin's first quarter (refresh at 70 s, old token served until 77.5 s): every
  // instance keeps serving the old token while one refreshes for all. Later in the margin callers
  // wait for the new token instead (token-manager.ts: no token close to expiry is sent).
  now += 72_000;
  expect(await Promise.all(managers.map((m) => m.getToken()))).toEqual(['tok-1', 'tok-1', 'tok-1']);
  await eventually(async () => (await Promise.all(managers.map((m) => m.getToken()))).every((token) => token === 'tok-2'));
  expect(issued).toBe(2);
  expect(managers.map((m) => m.fetchCount).reduce((a, b) => a + b)).toBe(2);
});

test('late in the margin no instance sends the old token: all wait for the one shared refresh', async () => {
  let now = 1_000_000;
  let issued = 0;
  const fetchToken = async () => ({ accessToken: `tok-${++issued}`, expiresAt: now + 100_000 });
  const managers = await Promise.all(
    [1, 2, 3].map(async () => {
      const redis = createRedis(SHARED_REDIS_URL);
      clients.push(redis);
      await waitForRedis(redis);
      const cache = new SharedTokenCache({ redis, keyPrefix: prefix, logger: logger() });
      return new TokenManager({ key: 'K', fetchToken, refreshMarginMs: 30_000, now: () => now, shared: cache.slot('K', 'credential') });
    }),
  );
  expect(await Promise.all(managers.map((m) => m.getToken()))).toEqual(['tok-1', 'tok-1', 'tok-1']);
  now += 80_000; // 20 s before expiry: past the margin's first quarter, tok-1 is no longer handed out
  expect(await Promise.all(managers.map((m) => m.getToken()))).toEqual(['tok-2', 'tok-2', 'tok-2']);
  expect(issued).toBe(2);
});

test('Redis stopped and started mid-run: no request fails, one warning, and sharing resumes by itself', async () => {
  const own = await startRedisServer();
  try {
    const redis = createRedis(own.url, { disconnectTimeout: 10 });
    clients.push(redis);
    await waitForRedis(redis);
    const endpoint = { clientId: sim.clientId, clientSecret: sim.clientSecret, baseUrl: sim.url, tokenUrl: `${sim.url}/oauth/v1/token`, environment: 'test' };
    const ds = createAstraDatasource(endpoint, POLICY, { sharedTokens: new SharedTokenCache({ redis, keyPrefix: prefix, logger: logger() }) });
    await load([ds], 5);
    expect(sim.counters.count(TOKEN_ROUTE)).toBe(1);

    await own.stop();
    sim.revokeTokens(); // the next calls need a new token while Redis is down
    await load([ds], 10);
    expect(sim.counters.count(TOKEN_ROUTE)).toBe(2);
    expect(logs.filter((line) => line.includes('"shared_token_cache_unavailable"'))).toHaveLength(1);

    await own.start();
    await eventually(async () => redis.status === 'ready', 10_000);
    sim.revokeTokens();
    await load([ds], 10);
    expect(sim.counters.count(TOKEN_ROUTE)).toBe(3);
    const inspect = testRedisClient(own.url);
    try {
      expect(await inspect.exists(`${prefix}token:ASTRA:test:${sim.clientId}`)).toBe(1);
    } finally {
      await inspect.quit();
    }
    expect(logs.filter((line) => line.includes('"shared_token_cache_recovered"'))).toHaveLength(1);
    expect(logs.filter((line) => line.includes('"shared_token_cache_unavailable"'))).toHaveLength(1);
  } finally {
    await own.stop();
  }
});
