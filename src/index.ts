import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { startPaygraph } from './app';

/** After the drain deadline: closing the rest (webhook confirmations, simulators, Redis) gets this long. */
const CLOSE_MARGIN_MS = 10_000;

/**
 * Entry point: config → start → listen; SIGTERM/SIGINT: readiness 503 at once, keep serving for
 * SHUTDOWN_DELAY_MS, then drain — every request received is answered — and exit 0 (docs/deploy.md).
 */
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
    const { shutdownDelayMs, shutdownDrainMs } = app.config;
    logger.info({ signal, shutdownDelayMs, shutdownDrainMs }, 'draining');
    // The drain cuts what is left at its own deadline; this is the last resort if closing hangs.
    const force = setTimeout(
      () => {
        logger.error({ signal }, 'shutdown did not finish in time; exiting');
        process.exit(1);
      },
      shutdownDelayMs + shutdownDrainMs + CLOSE_MARGIN_MS,
    );
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
      Object.fromEntries(Object.entries(app.sandbox ?? {}).map(([id, simulator]) => [`${id}Simulator`, simulator.url])),
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
