/**
 * The processes under test, each alone on the SUT core: Paygraph from its real entry point in live
 * mode pointed at the simulator (with the bench's stats endpoint preloaded into it, see
 * paygraph-stats-preload.cjs), and the thin proxy (rung c′) that separates the extra hop from the
 * GraphQL tax.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, freePort, spawnPinned, waitForHttp, isReadyMessage, waitForMessage, type Child } from './proc';
import { API_KEY, METRICS_TOKEN, SUT_CORE, TS_ENV, TS_NODE, cleanEnv } from './env';
import type { Simulator } from './simulator';
import { primaryRuntime, type Runtime } from './runtime';

export interface Paygraph {
  child: Child;
  url: string;
  port: number;
  /** GET /__bench/stats of this process (GC, heap, event loop), served by the preloaded stats module. */
  statsUrl: string;
  gql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
  subscriberCount(): Promise<number>;
}

export interface PaygraphOptions {
  sim: Simulator;
  /** stderr goes here; stdout (pino, one line per operation) goes to `stdoutFile`. */
  logFile: string;
  /** Default /dev/null: a real write(2) per log line, without filling the disk. */
  stdoutFile?: string;
  /** Extra environment (e.g. ASTRA_TIMEOUT_MS for the fault scenario). */
  env?: Record<string, string>;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  /** Another build's entry point (A/B comparisons); default dist/index.js. */
  entry?: string;
  name?: string;
  /** Default the SUT core alone; the cluster point spreads its workers over '0,1'. */
  core?: number | string;
  /** Default true: the stats endpoint (GC, heap) preloaded into the process. */
  statsPreload?: boolean;
  /** The node binary; default the run's primary runtime (--node=, lib/runtime.ts). */
  runtime?: Runtime;
}

/** Paygraph's process reports its GC and heap through this module, loaded with `--require`. */
const STATS_PRELOAD = join(ROOT, 'bench', 'paygraph-stats-preload.cjs');

/**
 * Paygraph from its real entry point (`node dist/index.js`), live mode, pointed at the simulator.
 * The stats endpoint is preloaded from bench/ rather than built in, so it also works for another
 * build's entry point and Paygraph carries no benchmark code.
 */
export async function startPaygraph(options: PaygraphOptions): Promise<Paygraph> {
  const entry = options.entry ?? join(ROOT, 'dist', 'index.js');
  if (!existsSync(entry)) throw new Error('dist/index.js is missing: run `npm run build` first (npm run bench does).');
  const port = await freePort();
  const statsPort = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawnPinned({
    name: options.name ?? 'paygraph',
    core: options.core ?? SUT_CORE,
    command: (options.runtime ?? primaryRuntime()).node,
    args: [...(options.nodeFlags ?? []), ...(options.statsPreload === false ? [] : ['--require', STATS_PRELOAD]), entry],
    env: {
      ...cleanEnv(),
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      LOG_LEVEL: 'info',
      API_KEYS: `bench=${API_KEY}:read+write+webhooks`,
      ASTRA_CLIENT_ID: options.sim.clientId,
      ASTRA_CLIENT_SECRET: options.sim.clientSecret,
      ASTRA_BASE_URL: options.sim.url,
      // The per-key budgets stay on (their cost is part of every request in production) but far
      // above what the load reaches: the default 1,200 operations a minute would end a run in seconds.
      RATE_LIMIT_REQUESTS: '10000000',
      RATE_LIMIT_PROVIDER_CALLS: '10000000',
      // S7 opens up to 10,000 sockets with the one bench key: per-key caps at their maximum too.
      SUBSCRIPTION_MAX_SOCKETS_PER_KEY: '100000',
      SUBSCRIPTION_MAX_PER_KEY: '1000000',
      METRICS_TOKEN,
      BENCH_STATS_PORT: String(statsPort),
      ...options.env,
    },
    // pino writes one line per operation to stdout: a real write(2) per line.
    logFile: options.stdoutFile ?? '/dev/null',
    errFile: options.logFile,
  });
  await waitForHttp(`${url}/readyz`, 60_000, child);
  return {
    child,
    url,
    port,
    statsUrl: `http://127.0.0.1:${statsPort}/__bench/stats`,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    },
    async subscriberCount() {
      const text = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
      const match = /^paygraph_subscribers(?:\{[^}]*\})?\s+(\d+)/m.exec(text);
      return match ? Number(match[1]) : -1;
    },
  };
}

/**
 * A Paygraph of its own for one scenario (a cold token cache, other timeouts), stopped when `use`
 * settles so that the next scenario starts from a known state.
 */
export async function withPaygraph<T>(options: PaygraphOptions, use: (paygraph: Paygraph) => Promise<T>): Promise<T> {
  const paygraph = await startPaygraph(options);
  try {
    return await use(paygraph);
  } finally {
    await paygraph.child.stop();
  }
}

export interface ThinProxy {
  child: Child;
  url: string;
}

export async function startThinProxy(options: { sim: Simulator; chargePath: string; logFile: string; runtime?: Runtime; name?: string }): Promise<ThinProxy> {
  const port = await freePort();
  const child = spawnPinned({
    name: options.name ?? 'thin-proxy',
    core: SUT_CORE,
    command: (options.runtime ?? primaryRuntime()).node,
    args: [...TS_NODE, join(ROOT, 'bench', 'thin-proxy.ts')],
    env: { ...cleanEnv(), ...TS_ENV, PROXY_PORT: String(port), UPSTREAM_URL: options.sim.url, UPSTREAM_PATH: options.chargePath, UPSTREAM_TOKEN: options.sim.token },
    logFile: options.logFile,
    ipc: true,
  });
  await waitForMessage(child, isReadyMessage);
  return { child, url: `http://127.0.0.1:${port}` };
}
