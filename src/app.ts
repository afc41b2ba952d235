import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { withSandboxAstra, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { createServer } from './server';
import { buildSchema } from './schema/build-schema';
import { createAstraDatasource, type AstraDatasource } from './datasources/astra';
import { IdempotencyGuard, MemoryIdempotencyStore } from './domain/idempotency';
import type { Services } from './context';
import type { PixChargeProvider } from './domain/provider';
import type { ProviderCode } from './lib/global-id';
import { startAstraSimulator, type AstraSimulator } from './sandbox/astra';

export interface StartOptions {
  /** Where logs go (tests capture them to scan for leaks). Default stdout. */
  logDestination?: DestinationStream;
  /** Options for the embedded Astra simulator in sandbox mode (tests shorten delays, TTLs). */
  astraSimulator?: Parameters<typeof startAstraSimulator>[0];
}

export interface RunningPaygraph {
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  config: Config;
  services: Services;
  logger: Logger;
  astra: AstraDatasource;
  /** The embedded provider simulators (sandbox mode only). */
  sandbox?: { astra: AstraSimulator };
  close(): Promise<void>;
}

/**
 * Starts Paygraph: sandbox simulators when no credentials are configured, the datasources, the
 * schema and the HTTP/WebSocket server. The same function serves `npm start` and the tests.
 */
export async function startPaygraph(baseConfig: Config, options: StartOptions = {}): Promise<RunningPaygraph> {
  const logger = createLogger(baseConfig.logLevel, options.logDestination);
  let config = baseConfig;
  let sandbox: RunningPaygraph['sandbox'];
  if (config.mode === 'sandbox') {
    const astra = await startAstraSimulator({ port: config.sandbox.astraPort, sandboxDelayMs: config.sandbox.delayMs, ...options.astraSimulator });
    sandbox = { astra };
    config = withSandboxAstra(config, astra);
  }
  try {
    const astra = createAstraDatasource(config.astra!, config.astraHttp);
    const services: Services = {
      config,
      logger,
      pix: new Map<ProviderCode, PixChargeProvider>([['ASTRA', astra.pix]]),
      idempotency: new IdempotencyGuard(new MemoryIdempotencyStore()),
    };
    const schema = await buildSchema({ sandbox: config.mode === 'sandbox' });
    const server = await createServer(services, schema);
    await listen(server.httpServer, config.port, config.host);
    const { port } = server.httpServer.address() as AddressInfo;
    const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    return {
      url,
      graphqlUrl: `${url}/graphql`,
      wsUrl: `${url.replace(/^http/, 'ws')}/graphql`,
      config,
      services,
      logger,
      astra,
      sandbox,
      async close() {
        await server.drain();
        await sandbox?.astra.close();
      },
    };
  } catch (error) {
    await sandbox?.astra.close();
    throw error;
  }
}

function listen(server: import('node:http').Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}
