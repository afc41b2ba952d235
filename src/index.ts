import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { startPaygraph } from './app';

/** Entry point: config → start → listen; SIGTERM/SIGINT drain HTTP and WebSocket work, then exit. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await startPaygraph(config);
  const { logger } = app;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const startedAt = Date.now();
    logger.info({ signal, shutdownDelayMs: app.config.shutdownDelayMs }, 'draining');
    // A drain that hangs (a stuck upstream call) must not keep the process forever.
    const force = setTimeout(() => {
      logger.error({ signal }, 'drain did not finish in time; exiting');
      process.exit(1);
    }, app.config.shutdownDelayMs + 15_000);
    force.unref();
    app.close().then(
      () => {
        logger.info({ signal, ms: Date.now() - startedAt }, 'stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  // Announced only once the handlers are in place: whoever reads the ready line may signal at once,
  // and a SIGTERM before process.on would kill the process without a drain.
  if (app.config.mode === 'sandbox') {
    logger.warn(
      { astraSimulator: app.sandbox?.astra.url, pagstarSimulator: app.sandbox?.pagstar.url },
      'SANDBOX MODE: no provider credentials configured; using the embedded provider simulators on loopback. ' +
        (app.config.apiKeys.length === 0 ? 'The API is open (no API_KEYS).' : ''),
    );
  }
  logger.info({ graphql: app.graphqlUrl, mode: app.config.mode }, `Paygraph ready at ${app.graphqlUrl}`);
  process.stdout.write(`\nPaygraph (${app.config.mode} mode) — GraphQL and GraphiQL: ${app.graphqlUrl.replace('127.0.0.1', 'localhost')}\n\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Paygraph failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
