/**
 * The Astra simulator (bench/sim-process.ts) in its own process on the load core, and a client for
 * it: its API as Paygraph sees it, its control routes (faults, stats), and its IPC counters.
 */
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { SimReady } from './ipc-types';
import { ROOT, spawnPinned, isReadyMessage, waitForMessage, type Child } from './proc';
import { LOAD_CORE, TS_ENV, TS_NODE, cleanEnv } from './env';

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
  const ready = await waitForMessage<SimReady>(child, isReadyMessage);
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
