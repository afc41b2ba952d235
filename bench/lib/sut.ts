/**
 * The processes under test, each alone on the SUT core: Paygraph from its real entry point in live
 * mode pointed at the simulator, and the thin proxy (rung c′) that separates the extra hop from the
 * GraphQL tax.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, freePort, spawnPinned, waitForHttp, isReadyMessage, waitForMessage, type Child } from './proc';
import { API_KEY, SUT_CORE, TS_ENV, TS_NODE, cleanEnv } from './env';
import type { Simulator } from './simulator';

export interface Paygraph {
  child: Child;
  url: string;
  port: number;
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
}

/** Paygraph from its real entry point (`node dist/index.js`), live mode, pointed at the simulator. */
export async function startPaygraph(options: PaygraphOptions): Promise<Paygraph> {
  const entry = options.entry ?? join(ROOT, 'dist', 'index.js');
  if (!existsSync(entry)) throw new Error('dist/index.js is missing: run `npm run build` first (npm run bench does).');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawnPinned({
    name: options.name ?? 'paygraph',
    core: SUT_CORE,
    command: process.execPath,
    args: [...(options.nodeFlags ?? []), entry],
    env: {
      ...cleanEnv(),
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      LOG_LEVEL: 'info',
      API_KEYS: `bench=${API_KEY}:read+write`,
      ASTRA_CLIENT_ID: options.sim.clientId,
      ASTRA_CLIENT_SECRET: options.sim.clientSecret,
      ASTRA_BASE_URL: options.sim.url,
      BENCH: '1',
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
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    },
    async subscriberCount() {
      const text = await (await fetch(`${url}/metrics`)).text();
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

export async function startThinProxy(options: { sim: Simulator; chargePath: string; logFile: string }): Promise<ThinProxy> {
  const port = await freePort();
  const child = spawnPinned({
    name: 'thin-proxy',
    core: SUT_CORE,
    command: process.execPath,
    args: [...TS_NODE, join(ROOT, 'bench', 'thin-proxy.ts')],
    env: { ...cleanEnv(), ...TS_ENV, PROXY_PORT: String(port), UPSTREAM_URL: options.sim.url, UPSTREAM_PATH: options.chargePath, UPSTREAM_TOKEN: options.sim.token },
    logFile: options.logFile,
    ipc: true,
  });
  await waitForMessage(child, isReadyMessage);
  return { child, url: `http://127.0.0.1:${port}` };
}
