import { startAstraSimulator, type AstraSimulator } from '@paygraph/sandbox/astra';
import { startPagstarSimulator, type PagstarSimulator } from '@paygraph/sandbox/pagstar';
import { removeCompiledEntry, startCompiledEntry } from '../../test/helpers/compiled-entry';
import type { EntryProcess } from '../../test/helpers/entry-point';
import { freePort } from '../../test/helpers/ports';

/**
 * The provider simulators, started once in the drill's process (every instance talks to the same
 * "provider", as instances in production share the real one), and N Paygraph processes (the real
 * entry point, live mode, compiled once like `node dist/index.js`, so a restart under load takes
 * seconds) on their own fixed ports, sharing one Redis and one key prefix.
 * PUBLIC_URL is the balancer: the simulator delivers webhooks there.
 */
export interface Fleet {
  astra: AstraSimulator;
  pagstar: PagstarSimulator;
  ports: Map<string, number>;
  running: Map<string, EntryProcess>;
  start(name: string): Promise<EntryProcess>;
  /** SIGKILL: no drain, nothing flushed. */
  kill(name: string): Promise<void>;
  /** SIGTERM (graceful drain); resolves with the exit code. */
  stop(name: string): Promise<number | string>;
  close(): Promise<void>;
}

export async function startFleet(options: { names: string[]; redisUrl: string; keyPrefix: string; publicUrl: string }): Promise<Fleet> {
  // Webhook retries come fast, so a delivery that hit a dying instance is retried within the drill.
  const astra = await startAstraSimulator({ port: 0, sandboxDelayMs: 200, webhookRetryDelaysMs: [200, 500, 1_000, 2_000, 4_000] });
  const pagstar = await startPagstarSimulator({ port: 0, sandboxDelayMs: 0, webhookRetryDelaysMs: [200, 500] });
  const ports = new Map<string, number>();
  for (const name of options.names) ports.set(name, await freePort());
  const running = new Map<string, EntryProcess>();

  const envFor = (name: string): Record<string, string> => ({
    PORT: String(ports.get(name)),
    HOST: '127.0.0.1',
    PUBLIC_URL: options.publicUrl,
    REDIS_URL: options.redisUrl,
    REDIS_KEY_PREFIX: options.keyPrefix,
    ASTRA_CLIENT_ID: astra.clientId,
    ASTRA_CLIENT_SECRET: astra.clientSecret,
    ASTRA_BASE_URL: astra.url,
    PAGSTAR_BASE_URL: pagstar.baseUrl,
    PAGSTAR_TENANT_ID: pagstar.tenantId,
    PAGSTAR_TOKEN: pagstar.staticToken,
    PAGSTAR_USER_AGENT: `Paygraph drill instance ${name}`,
    LOG_LEVEL: 'warn',
    // The balancer checks every 500 ms and needs 2 failures: keep serving that long after SIGTERM.
    SHUTDOWN_DELAY_MS: '1500',
    // A delivery acknowledged by a killed instance is claimed by another one after 1 s.
    WEBHOOK_CLAIM_IDLE_MS: '1000',
    // Short provider deadlines, so an attempt cut by a SIGKILL leaves an in-flight window of
    // seconds (OUTCOME_PENDING) rather than the production default of 120 s.
    ASTRA_TIMEOUT_MS: '3000',
    ASTRA_DEADLINE_MS: '4000',
    ASTRA_COMPLETION_HORIZON_MS: '5000',
    // All the drill's traffic is one API client from one address: lift the per-client limits
    // (they are per-client fairness, not what the drill measures).
    RATE_LIMIT_REQUESTS: '10000000',
    RATE_LIMIT_PROVIDER_CALLS: '10000000',
    SUBSCRIPTION_MAX_SOCKETS_PER_KEY: '100000',
    SUBSCRIPTION_MAX_PER_KEY: '100000',
  });

  const fleet: Fleet = {
    astra,
    pagstar,
    ports,
    running,
    async start(name) {
      const entry = await startCompiledEntry(envFor(name), 90_000);
      running.set(name, entry);
      return entry;
    },
    async kill(name) {
      const entry = running.get(name);
      if (!entry) return;
      running.delete(name);
      entry.child.kill('SIGKILL');
      await entry.exited;
    },
    async stop(name) {
      const entry = running.get(name);
      if (!entry) return 'not running';
      running.delete(name);
      entry.child.kill('SIGTERM');
      return entry.exited;
    },
    async close() {
      for (const entry of running.values()) entry.child.kill('SIGKILL');
      await Promise.all([...running.values()].map((entry) => entry.exited));
      running.clear();
      removeCompiledEntry();
      await astra.close();
      await pagstar.close();
    },
  };
  return fleet;
}
