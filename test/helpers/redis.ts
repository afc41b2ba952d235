import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import Redis, { Cluster } from 'ioredis';
import { freePort } from './ports';

/**
 * Redis for tests. The shared server on 127.0.0.1:6379 (started by `.ci/run`) serves tests that
 * only need a Redis: each test gets its own key prefix, so files running in parallel never see
 * each other's keys. Tests that stop and restart Redis start their own `redis-server` on a free
 * port with `startRedisServer()` and stop it themselves.
 */
export const SHARED_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix no other test uses (`test:<uuid>:`). */
/** REDIS_URL and REDIS_KEY_PREFIX of a Paygraph on the shared test Redis, its keys under the test's prefix. */
export function sharedRedisEnv(prefix: string): Record<string, string> {
  return { REDIS_URL: SHARED_REDIS_URL, REDIS_KEY_PREFIX: prefix };
}

export function uniquePrefix(label = 'test'): string {
  return `${label}:${randomUUID()}:`;
}

/** A plain client for assertions (keys, streams); quit it in afterAll/afterEach. */
export function testRedisClient(url = SHARED_REDIS_URL): Redis {
  return new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: false });
}

/** Deletes every key under `prefix` (cleanup after a test); on a Redis Cluster, on every primary. */
export async function deletePrefix(redis: Redis | Cluster, prefix: string): Promise<void> {
  if (redis instanceof Cluster && redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
  const servers = redis instanceof Cluster ? redis.nodes('master') : [redis];
  for (const server of servers) {
    let cursor = '0';
    do {
      const [next, keys] = await server.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      // One DEL per key: on a cluster, keys of one node may still sit in different slots.
      await Promise.all(keys.map((key) => server.del(key)));
    } while (cursor !== '0');
  }
}

export interface OwnRedisServer {
  url: string;
  port: number;
  /** Stops the server (SIGTERM) and waits for it to exit; its data is gone (no persistence). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
}

/**
 * A private redis-server on a free loopback port, for tests that stop and restart Redis. By
 * default it keeps nothing on disk; `persistence` replaces those arguments (persistent-redis.ts).
 */
export async function startRedisServer(persistence: string[] = ['--save', '', '--appendonly', 'no']): Promise<OwnRedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', ...persistence], { stdio: 'ignore' });
    await waitUntilPing(port);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}

/** Resolves once a redis-server on `port` answers PING (it may still be loading its data). */
export async function waitUntilPing(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await probe.connect();
      if ((await probe.ping()) === 'PONG') return;
    } catch {
      // not up yet
    } finally {
      probe.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server on port ${port} did not answer within 10 s`);
}
