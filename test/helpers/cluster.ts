import { request } from 'undici';
import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { startPagstarSimulator, type PagstarSimulator } from '@paygraph/sandbox/pagstar';
import { startEntry, type EntryProcess } from './entry-point';
import { uniquePrefix } from './redis';
import { freePort } from './ports';

/**
 * Several real Paygraph processes (the entry point, live mode) sharing one Redis and one pair of
 * provider simulators, as N instances behind a load balancer share Redis and the real providers
 * (docs/deploy.md). The simulators run in the test process, so tests read their counters and set
 * their faults directly. Each instance listens on a port chosen up front, so it can be restarted
 * on the same address; PUBLIC_URL (where providers deliver webhooks) is instance A's address, as if
 * the balancer sent every delivery there.
 */
export interface Cluster {
  astra: AstraSimulator;
  pagstar: PagstarSimulator;
  /** REDIS_URL of the instances; absent when they use a Redis Cluster (REDIS_CLUSTER_NODES in `env`). */
  redisUrl?: string;
  keyPrefix: string;
  instances: Map<string, EntryProcess>;
  /** Starts (or restarts) the named instance on its own fixed port. */
  start(name: string, extraEnv?: Record<string, string>): Promise<EntryProcess>;
  /** SIGTERM and wait for the exit code. */
  stop(name: string): Promise<number | string>;
  /** SIGKILL (no drain, nothing flushed) and wait for the exit. */
  kill(name: string): Promise<void>;
  gql(name: string, query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }>;
  close(): Promise<void>;
}

export async function startCluster(options: { redisUrl?: string; env?: Record<string, string>; names?: string[] }): Promise<Cluster> {
  const astra = await startAstraSimulator({ port: 0, sandboxDelayMs: 0, webhookRetryDelaysMs: [200, 500, 1_000] });
  const pagstar = await startPagstarSimulator({ port: 0, sandboxDelayMs: 0, webhookRetryDelaysMs: [200, 500] });
  const keyPrefix = uniquePrefix('cluster');
  const names = options.names ?? ['A', 'B'];
  const ports = new Map<string, number>();
  for (const name of names) ports.set(name, await freePort());
  const publicUrl = `http://127.0.0.1:${ports.get(names[0])}`;
  const instances = new Map<string, EntryProcess>();

  const envFor = (name: string, extra: Record<string, string>) => ({
    PORT: String(ports.get(name)),
    HOST: '127.0.0.1',
    PUBLIC_URL: publicUrl,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
    REDIS_KEY_PREFIX: keyPrefix,
    ASTRA_CLIENT_ID: astra.clientId,
    ASTRA_CLIENT_SECRET: astra.clientSecret,
    ASTRA_BASE_URL: astra.url,
    PAGSTAR_BASE_URL: pagstar.baseUrl,
    PAGSTAR_TENANT_ID: pagstar.tenantId,
    PAGSTAR_TOKEN: pagstar.staticToken,
    // The user agent tells the simulator which instance made a call.
    PAGSTAR_USER_AGENT: `Paygraph test instance ${name}`,
    ...options.env,
    ...extra,
  });

  const cluster: Cluster = {
    astra,
    pagstar,
    redisUrl: options.redisUrl,
    keyPrefix,
    instances,
    async start(name, extraEnv = {}) {
      const entry = await startEntry(envFor(name, extraEnv));
      instances.set(name, entry);
      return entry;
    },
    async stop(name) {
      const entry = instances.get(name);
      if (!entry) return 'not running';
      instances.delete(name);
      entry.child.kill('SIGTERM');
      return entry.exited;
    },
    async kill(name) {
      const entry = instances.get(name);
      if (!entry) return;
      instances.delete(name);
      entry.child.kill('SIGKILL');
      await entry.exited;
    },
    async gql(name, query, variables) {
      const entry = instances.get(name);
      if (!entry) throw new Error(`instance ${name} is not running`);
      const response = await request(entry.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await response.body.json()) as { data?: any; errors?: any[] };
    },
    async close() {
      for (const entry of instances.values()) entry.child.kill('SIGKILL');
      await Promise.all([...instances.values()].map((entry) => entry.exited));
      instances.clear();
      await astra.close();
      await pagstar.close();
    },
  };
  return cluster;
}
