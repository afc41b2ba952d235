import IORedis, { Cluster, type ClusterNode, type ClusterOptions, type RedisOptions } from 'ioredis';
import { StateUnavailableError } from '../errors/domain-errors';

/**
 * Paygraph's Redis connection: one server (REDIS_URL) or a Redis Cluster (REDIS_CLUSTER_NODES).
 * Both offer the same commands, `duplicate()`, `status` and the connection events, which is all
 * the stores use; every multi-key command keeps its keys in one hash slot (hash-tag.ts), so each
 * works unchanged on a cluster.
 */
export type Redis = IORedis | Cluster;

/** Where Redis is: one server's URL, or a cluster's seed nodes (any of them; the rest are discovered). */
export type RedisTarget = { url: string } | { clusterNodes: string[] };

/**
 * Fail fast, recover by itself: with the offline queue off and one retry per command, a command
 * issued while Redis is down rejects at once instead of queueing without bound, so callers can
 * fail closed (StateUnavailableError) while ioredis keeps reconnecting in the background with a
 * capped backoff.
 */
const FAIL_FAST: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  connectTimeout: 2_000,
  // Reconnect forever, at most every 2 s: Redis coming back is noticed within that.
  retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2_000),
  lazyConnect: false,
};

/**
 * The one way Paygraph opens a single-server Redis connection (Redis is the scale-out engine,
 * docs/deploy.md). Blocking readers (XREAD BLOCK, XREADGROUP BLOCK) need their own connection:
 * use `duplicate()` of the client this returns.
 */
export function createRedis(url: string, options: RedisOptions = {}): IORedis {
  return new IORedis(url, { ...FAIL_FAST, ...options });
}

/**
 * A Redis Cluster client from seed nodes (`host:port` or `redis[s]://[user:password@]host:port`;
 * credentials and TLS of the first URL apply to every node, as managed services expect). Each
 * command goes to the primary of its key's slot; MOVED/ASK redirections and failovers are
 * followed by ioredis, and the slot map is refreshed on them. Its `duplicate()` is a new cluster
 * client, so blocking readers work as with one server.
 */
export function createRedisCluster(nodes: string[], options: ClusterOptions = {}): Cluster {
  const seeds = nodes.map(parseNode);
  const withAuth = seeds.find((seed) => seed.auth)?.auth ?? {};
  const { retryStrategy, ...perNode } = FAIL_FAST;
  return new Cluster(
    seeds.map((seed) => seed.node),
    {
      enableOfflineQueue: false,
      clusterRetryStrategy: retryStrategy,
      // A failover takes the cluster's node timeout plus an election: follow redirections
      // and "CLUSTERDOWN" answers a few times rather than failing the first command.
      maxRedirections: 16,
      retryDelayOnFailover: 100,
      retryDelayOnClusterDown: 100,
      retryDelayOnTryAgain: 100,
      ...options,
      redisOptions: { ...perNode, ...withAuth, ...options.redisOptions },
    },
  );
}

/** Opens whichever `target` names. */
export function connectRedis(target: RedisTarget): Redis {
  return 'url' in target ? createRedis(target.url) : createRedisCluster(target.clusterNodes);
}

interface SeedNode {
  node: ClusterNode;
  auth?: Pick<RedisOptions, 'username' | 'password' | 'tls'>;
}

function parseNode(raw: string): SeedNode {
  if (!/^rediss?:\/\//.test(raw)) {
    const [host, port] = raw.split(':');
    return { node: { host, port: Number(port) } };
  }
  const url = new URL(raw);
  const auth = {
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
  return { node: { host: url.hostname, port: Number(url.port || 6379) }, auth: Object.keys(auth).length > 0 ? auth : undefined };
}

/**
 * Writes that are promises to someone else — an idempotency attempt recorded before the provider
 * is called, a webhook delivery before the provider gets its 200, an event before its delivery
 * leaves the inbox — can wait for replicas (REDIS_WAIT_REPLICAS, docs/deploy.md "Redis Cluster"):
 * Redis replication is asynchronous, and a primary that dies before its replica has a write loses it.
 */
export interface ReplicaAcks {
  replicas: number;
  timeoutMs: number;
}

/**
 * Sends `command` (an EVAL or SET whose keys share one slot) and, with `acks`, `WAIT` right behind
 * it in one pipeline, so both reach the same server (on a cluster: the primary of the command's
 * slot). Fewer replicas than asked within the timeout → StateUnavailableError: the caller fails
 * closed as when Redis is down. The write itself stays on the primary.
 */
export async function sendReplicated(redis: Redis, acks: ReplicaAcks | undefined, command: string, ...args: Array<string | number>): Promise<unknown> {
  if (!acks || acks.replicas <= 0) return redis.call(command, ...args);
  const replies =
    (await redis
      .pipeline()
      .call(command, ...args)
      .call('WAIT', acks.replicas, acks.timeoutMs)
      .exec()) ?? [];
  const [[writeError, reply] = [new Error('empty pipeline reply'), null], [waitError, acknowledged] = [null, 0]] = replies;
  if (writeError) throw writeError;
  if (waitError) throw waitError;
  if (Number(acknowledged) < acks.replicas) {
    throw new StateUnavailableError(`A Redis write reached ${Number(acknowledged)} of ${acks.replicas} replica(s) within ${acks.timeoutMs} ms.`);
  }
  return reply;
}

/** Resolves once the client is ready (start-up), or rejects after `timeoutMs`. */
export async function waitForRedis(redis: Redis, timeoutMs = 5_000): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new StateUnavailableError(`Redis was not reachable within ${timeoutMs} ms.`));
    }, timeoutMs);
    const onReady = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      clearTimeout(timer);
      redis.off('ready', onReady);
    };
    redis.on('ready', onReady);
  });
}

/** Whether commands can be sent now (readiness probe). */
export function isRedisReady(redis: Redis): boolean {
  return redis.status === 'ready';
}

/**
 * Runs a Redis operation and turns connection-level failures into StateUnavailableError, the one
 * error callers branch on. Replies Redis itself rejects (WRONGTYPE, script errors, CROSSSLOT) are
 * bugs and pass through unchanged.
 */
export async function guardState<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof StateUnavailableError) throw error;
    if (isConnectionError(error)) throw new StateUnavailableError(undefined, { cause: error });
    throw error;
  }
}

function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  // CLUSTERDOWN / TRYAGAIN: a cluster mid-failover (ioredis retried them already).
  if (error.name === 'ReplyError') return /^(LOADING|MASTERDOWN|READONLY|BUSY|CLUSTERDOWN|TRYAGAIN)/.test(error.message);
  // ioredis: "Stream isn't writeable and enableOfflineQueue options is false", MaxRetriesPerRequestError,
  // "Connection is closed.", ECONNREFUSED/ECONNRESET/ETIMEDOUT from the socket, ClusterAllFailedError.
  return true;
}
