import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRedisServer } from './redis';

export interface PersistentRedisServer {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its data directory. */
  destroy(): Promise<void>;
}

/**
 * A private redis-server that keeps its data across stop/start (append-only file, fsync on every
 * write: the production settings of docs/deploy.md), for tests of what survives a Redis restart.
 * `startRedisServer()` in redis.ts forgets everything on restart.
 */
export async function startPersistentRedisServer(): Promise<PersistentRedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'paygraph-redis-'));
  const server = await startRedisServer(['--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '']);
  return {
    url: server.url,
    start: server.start,
    stop: server.stop,
    destroy: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
