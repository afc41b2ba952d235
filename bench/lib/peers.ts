/**
 * The peers of the comparison (issue 15), each alone on the SUT core like Paygraph, against the
 * same simulator, with the same client API key, upstream latency and connections:
 * - "apollo" / "apollo-dl": the conventional Apollo Server 5 + `@apollo/datasource-rest` build of
 *   S1 and S2 (bench/peers/apollo-rest.ts), without and with a DataLoader for S2's refunds;
 * - "gateway": Hive Gateway serving a GraphQL Mesh composition of the same REST endpoints
 *   (bench/peers/gateway/). It has its own package.json and is installed on demand
 *   (`npm run bench:peer:install`, ≈ 530 MB); absent → the run says so and its targets are n/a.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, freePort, isReadyMessage, spawnPinned, waitForHttp, waitForMessage, type Child } from './proc';
import { API_KEY, SUT_CORE, TS_ENV, TS_NODE, cleanEnv } from './env';
import type { Simulator } from './simulator';
import { primaryRuntime, type Runtime } from './runtime';

export type PeerName = 'apollo' | 'apollo-dl' | 'gateway';

export interface Peer {
  name: PeerName;
  child: Child;
  url: string;
}

export const GATEWAY_DIR = join(ROOT, 'bench', 'peers', 'gateway');
const GATEWAY_BIN = join(GATEWAY_DIR, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
const COMPOSE_BIN = join(GATEWAY_DIR, 'node_modules', '@graphql-mesh', 'compose-cli', 'esm', 'bin.js');

/** Why the gateway peer cannot run here, or undefined when it can. */
export function gatewayUnavailable(): string | undefined {
  if (!existsSync(GATEWAY_BIN) || !existsSync(COMPOSE_BIN)) return 'bench/peers/gateway is not installed (npm run bench:peer:install)';
  return undefined;
}

export interface PeerOptions {
  sim: Simulator;
  logFile: string;
  /** The node binary; default the run's primary runtime (--node=, lib/runtime.ts). */
  runtime?: Runtime;
}

export async function startApolloPeer(options: PeerOptions & { dataLoader: boolean }): Promise<Peer> {
  const port = await freePort();
  const name: PeerName = options.dataLoader ? 'apollo-dl' : 'apollo';
  const runtime = options.runtime ?? primaryRuntime();
  const child = spawnPinned({
    name: `peer-${name}-${runtime.label}`,
    core: SUT_CORE,
    command: runtime.node,
    args: [...TS_NODE, join(ROOT, 'bench', 'peers', 'apollo-rest.ts')],
    env: {
      ...cleanEnv(),
      ...TS_ENV,
      NODE_ENV: 'production',
      PEER_PORT: String(port),
      UPSTREAM_URL: options.sim.url,
      ASTRA_CLIENT_ID: options.sim.clientId,
      ASTRA_CLIENT_SECRET: options.sim.clientSecret,
      API_KEY,
      PEER_DATALOADER: options.dataLoader ? '1' : '',
    },
    logFile: options.logFile,
    ipc: true,
  });
  await waitForMessage(child, isReadyMessage, 60_000);
  return { name, child, url: `http://127.0.0.1:${port}` };
}

/** Simulators already composed for in this run: a second runtime's gateway reuses the supergraph. */
const composedFor = new Set<string>();

/**
 * Composes the supergraph from openapi.json (mesh-compose, a build step, on the machine's Node),
 * then starts Hive Gateway on it under the requested runtime.
 */
export async function startGatewayPeer(options: PeerOptions): Promise<Peer> {
  if (!composedFor.has(options.sim.url)) {
    const composed = spawnSync(process.execPath, [COMPOSE_BIN, '-o', 'supergraph.graphql'], {
      cwd: GATEWAY_DIR,
      env: { ...cleanEnv(), UPSTREAM_URL: options.sim.url },
      encoding: 'utf8',
    });
    if (composed.status !== 0) throw new Error(`mesh-compose failed: ${composed.stderr.slice(-500)}`);
    composedFor.add(options.sim.url);
  }
  const port = await freePort();
  const runtime = options.runtime ?? primaryRuntime();
  const child = spawnPinned({
    name: `peer-gateway-${runtime.label}`,
    core: SUT_CORE,
    command: runtime.node,
    // One process (no cluster fork), so its CPU is this pid's, like Paygraph's.
    args: [GATEWAY_BIN, 'supergraph', 'supergraph.graphql', '--fork', '1', '--port', String(port), '--host', '127.0.0.1', '--disable-websockets'],
    cwd: GATEWAY_DIR,
    env: { ...cleanEnv(), NODE_ENV: 'production', UPSTREAM_URL: options.sim.url, UPSTREAM_TOKEN: options.sim.token, API_KEY },
    logFile: options.logFile,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/readiness`, 60_000, child);
  return { name: 'gateway', child, url };
}
