import { ConfigError, type Env } from './env-schema';

/**
 * Where shared state lives (docs/deploy.md): one Redis server (REDIS_URL) or a Redis Cluster
 * (REDIS_CLUSTER_NODES, comma-separated seed nodes). Neither → memory, one process.
 */
export type RedisConfig = {
  keyPrefix: string;
  /** REDIS_WAIT_REPLICAS: replicas a promised write waits for (0 = none; docs/deploy.md, "Redis Cluster"). */
  waitReplicas: number;
} & ({ url: string } | { clusterNodes: string[] });

const NODE = /^(rediss?:\/\/[^\s,]+|[\w.-]+:\d{1,5})$/;

export function redisFromEnv(e: Env): RedisConfig | undefined {
  if (e.REDIS_URL && e.REDIS_CLUSTER_NODES) {
    throw new ConfigError('REDIS_URL and REDIS_CLUSTER_NODES: set one of them (a server, or a cluster)');
  }
  const common = { keyPrefix: e.REDIS_KEY_PREFIX, waitReplicas: e.REDIS_WAIT_REPLICAS };
  if (e.REDIS_URL) return { url: e.REDIS_URL, ...common };
  if (!e.REDIS_CLUSTER_NODES) return undefined;
  const clusterNodes = e.REDIS_CLUSTER_NODES.split(',').map((node) => node.trim());
  const bad = clusterNodes.filter((node) => !NODE.test(node));
  if (bad.length > 0 || clusterNodes.length === 0) {
    throw new ConfigError('REDIS_CLUSTER_NODES: comma-separated host:port or redis[s]://[user:password@]host:port entries');
  }
  return { clusterNodes, ...common };
}
