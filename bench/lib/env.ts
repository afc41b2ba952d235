/**
 * The processes under test and their configuration: the Astra simulator (own process), Paygraph
 * from its real entry point in live mode, the thin proxy, the subscriber fleet.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { SimReady } from './ipc-types';
import { ROOT, freePort, spawnPinned, waitForHttp, waitForMessage, type Child } from './proc';

export const SUT_CORE = 0;
export const LOAD_CORE = 1;
export const API_KEY = 'bench-key-0123456789abcdef';
const TS_NODE = ['-r', 'ts-node/register'];
const TS_ENV = { TS_NODE_PROJECT: join(ROOT, 'bench', 'tsconfig.json') };

/** The environment of a child without anything that would change Paygraph's mode or provider. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(ASTRA_|PAGSTAR_|SANDBOX_|API_KEYS$|PUBLIC_URL$|PORT$|HOST$|NODE_OPTIONS$|NODE_ENV$|LOG_LEVEL$|BENCH$|npm_)/.test(key)) continue;
    env[key] = value;
  }
  return env;
}

export interface Simulator {
  child: Child;
  url: string;
  clientId: string;
  clientSecret: string;
  token: string;
  /** Calls the simulator's API as a client (bearer token, fresh x-transaction-id). */
  api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** Control routes (`/__sim/...`). */
  control<T>(method: string, path: string, body?: unknown): Promise<T>;
  setFaults(patch: Record<string, unknown>): Promise<void>;
  stats(): Promise<{ routes: Record<string, number>; total: number }>;
  refreshToken(): Promise<void>;
}

export async function startSimulator(options: { tokenTtlSeconds?: number; logFile: string }): Promise<Simulator> {
  const child = spawnPinned({
    name: 'astra-simulator',
    core: LOAD_CORE,
    command: process.execPath,
    args: [...TS_NODE, join(ROOT, 'bench', 'sim-process.ts')],
    env: { ...cleanEnv(), ...TS_ENV, SIM_TOKEN_TTL_SECONDS: String(options.tokenTtlSeconds ?? 3600), SIM_SANDBOX_DELAY_MS: '50' },
    logFile: options.logFile,
    ipc: true,
  });
  const ready = await waitForMessage<SimReady>(child, (message) => message?.ready === true);
  const sim: Simulator = {
    child,
    url: ready.url,
    clientId: ready.clientId,
    clientSecret: ready.clientSecret,
    token: '',
    async api<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${ready.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${sim.token}`,
          'x-transaction-id': randomUUID(),
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
    },
    async control<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${ready.url}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 200)}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async setFaults(patch) {
      await sim.control('PUT', '/__sim/faults', patch);
    },
    stats: () => sim.control('GET', '/__sim/stats'),
    async refreshToken() {
      const response = await fetch(`${ready.url}/oauth/v1/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: ready.clientId, client_secret: ready.clientSecret }),
      });
      const body = (await response.json()) as { access_token: string };
      sim.token = body.access_token;
    },
  };
  await sim.refreshToken();
  return sim;
}

export interface Paygraph {
  child: Child;
  url: string;
  port: number;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
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
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    async subscriberCount() {
      const text = await (await fetch(`${url}/metrics`)).text();
      const match = /^paygraph_subscribers(?:\{[^}]*\})?\s+(\d+)/m.exec(text);
      return match ? Number(match[1]) : -1;
    },
  };
}

export async function startThinProxy(options: { sim: Simulator; chargePath: string; logFile: string }): Promise<{ child: Child; url: string }> {
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
  await waitForMessage(child, (message) => message?.ready === true);
  return { child, url: `http://127.0.0.1:${port}` };
}

export async function startSubscribers(options: { wsUrl: string; logFile: string }): Promise<Child> {
  const child = spawnPinned({
    name: 'subscribers',
    core: LOAD_CORE,
    command: process.execPath,
    args: [...TS_NODE, join(ROOT, 'bench', 'subscribers.ts')],
    env: { ...cleanEnv(), ...TS_ENV, SUBS_URL: options.wsUrl, SUBS_API_KEY: API_KEY },
    logFile: options.logFile,
    ipc: true,
  });
  await waitForMessage(child, (message) => message?.ready === true);
  return child;
}
