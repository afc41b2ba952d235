// Decorator metadata for type-graphql, before any module that declares a GraphQL type is loaded.
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { API_KEY_SCOPES, type Config } from './config';
import { createLogger, logDestination, type Logger } from './logger';
import { createServer } from './server';
import { clientTokensFor } from './credentials/client-token-setup';
import { buildSchema } from './build-schema';
import { IdempotencyGuard, type GuardOptions } from './domain/idempotency';
import type { Services } from './context';
import { PortRegistry } from './domain/ports';
import { combinedSubjectWatcher, FAMILIES, familySubjectWatchers, loadersFactory, nodeFetchersOf } from './families';
import { checkWebhookSecrets } from './webhooks/startup-check';
import { registerPaygraphWebhooks } from './webhooks/self-register';
import {
  createEventBus,
  createRelayStorage,
  idempotencyStoreFor,
  payoutBatchIndexFor,
  pollerLeasesFor,
  sharedTokenCacheFor,
  watchListFor,
  webhookSecretStoreFor,
  type EventLogTuning,
  type WebhookInboxTuning,
} from './state/stores';
import { WebhookRelay } from './events/webhook-relay';
import { Metrics } from './observability/metrics';
import { startTelemetry } from './observability/telemetry';
import { logPollError } from './events/log-poll-error';
import { SubjectPollers } from './events/poller';
import { BackgroundWatch } from './events/background-watch';
import { openSharedState, type SharedState } from './state/shared-state';
import { createOidcResolver } from './credentials/oidc';
import { clockFrom } from './lib/clock';
import type { ProviderDatasources, ProviderSimulators, SimulatorStartOverrides } from './provider-modules';
import {
  closeSimulators,
  completionHorizons,
  createProviders,
  datasourcesOf,
  sandboxControls,
  startSimulators,
  webhookHandlersOf,
  withSimulatorEndpoints,
} from './provider-runtime';

/** `<module id>Simulator`: options for each embedded simulator in sandbox mode (tests shorten delays, TTLs). */
export interface StartOptions extends SimulatorStartOverrides {
  /** Where logs go (tests capture them to scan for leaks). Default stdout. */
  logDestination?: DestinationStream;
  /** Waits between webhook confirmation attempts (tests shorten them). */
  confirmRetryDelaysMs?: number[];
  /** Redis event-log tuning (stream length, dedupe retention); see docs/events-and-inbox.md. */
  eventLog?: EventLogTuning;
  /** Redis webhook-inbox tuning: `claimIdleMs` is how long a dead instance's delivery waits to be taken over. */
  webhookInbox?: WebhookInboxTuning;
  /** Idempotency lock lease and repeat wait (tests shorten the lease to show expiry). */
  idempotency?: Pick<GuardOptions, 'leaseMs' | 'maxWaitMs'>;
}

const CONFIRM_RETRY_DELAYS_MS = [500, 2_000, 5_000, 15_000, 60_000];

export interface RunningPaygraph {
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  config: Config;
  services: Services;
  logger: Logger;
  /** Each configured provider's datasource, by module id (an optional provider is absent in live mode without its credentials). */
  providers: ProviderDatasources;
  /** The embedded provider simulators, by module id (sandbox mode only). */
  sandbox?: ProviderSimulators;
  /** The shared pollers (one per subject) and the background watching over them (tests, metrics). */
  pollers: SubjectPollers;
  background: BackgroundWatch;
  close(): Promise<void>;
}

/**
 * Starts Paygraph: sandbox simulators when no credentials are configured, the datasources, the
 * schema and the HTTP/WebSocket server. The same function serves `npm start` and the tests.
 */
export async function startPaygraph(baseConfig: Config, options: StartOptions = {}): Promise<RunningPaygraph> {
  // OpenTelemetry export when the standard OTEL_* variables ask for it; otherwise no SDK is loaded.
  const tracing = startTelemetry();
  const logger = createLogger(baseConfig.logLevel, options.logDestination ?? logDestination(baseConfig.logFormat), tracing?.logFields);
  let config = baseConfig;
  let sandbox: RunningPaygraph['sandbox'];
  if (config.mode === 'sandbox') {
    sandbox = await startSimulators(config, options);
    config = withSimulatorEndpoints(config, sandbox);
  }
  let state: SharedState | undefined;
  // Closes the blocking stream readers if start-up fails after they were opened.
  let stopEvents: (() => void) | undefined;
  try {
    // Redis when REDIS_URL is set (several instances, durable); otherwise memory, one process.
    state = await openSharedState(config, logger);
    const sharedTokens = sharedTokenCacheFor(state, config.mode, logger);
    const metrics = new Metrics();
    const bus = await createEventBus(state, logger, options.eventLog);
    stopEvents = () => bus.close();
    // Sandbox mode defaults it to this server's own address once it listens (below).
    let publicUrl = config.publicUrl;
    const leases = pollerLeasesFor(state, bus);
    const pollers = new SubjectPollers({
      intervalMs: config.polling.intervalMs,
      backgroundIntervalMs: config.polling.backgroundIntervalMs,
      maxConcurrency: config.polling.maxConcurrency,
      onError: logPollError(logger),
      leases,
    });
    // Every configured provider module: its ports, webhook ingress and subject watcher.
    const controls = sandbox ? sandboxControls(sandbox) : undefined;
    // One clock for the process: the providers' list windows and Paygraph's date rules agree on "today".
    const clock = clockFrom(controls);
    const providers = createProviders(config, { logger, bus, pollers, sharedTokens, publicUrl: () => publicUrl, clock });
    const relay = new WebhookRelay({
      bus,
      metrics,
      logger,
      handlers: webhookHandlersOf(providers),
      confirmRetryDelaysMs: options.confirmRetryDelaysMs ?? CONFIRM_RETRY_DELAYS_MS,
      maxEventAgeMs: config.webhookMaxEventAgeMs,
      ...createRelayStorage(state, logger, { claimIdleMs: config.webhookClaimIdleMs, ...options.webhookInbox }),
    });
    stopEvents = () => {
      relay.close();
      bus.close();
    };
    // Every capability of every configured provider; a family asks it for (provider, capability).
    const ports = new PortRegistry(tracing?.tracedPorts(providers.map(({ runtime }) => runtime.datasource)) ?? providers.map(({ runtime }) => runtime.datasource));
    // Each provider's subjects without a reliable webhook, and every family whose provider sends none.
    const watchSubject = combinedSubjectWatcher([...providers.map(({ runtime }) => runtime.watchSubject), ...familySubjectWatchers(FAMILIES, { ports, bus, pollers })]);
    // Those subjects are also watched while not final with no subscriber (events/background-watch.ts).
    const background = new BackgroundWatch({
      list: watchListFor(state),
      watch: watchSubject,
      onPollerStop: (listener) => pollers.addStopListener(listener),
      syncIntervalMs: config.polling.intervalMs,
      now: () => clock.now().getTime(),
      onError: (error) => logger.warn({ err: error, event: 'background_watch_failed' }, 'Background watch list unavailable; retrying'),
    });
    stopEvents = () => {
      background.close();
      relay.close();
      bus.close();
    };
    const keepWatching = (globalId: string, until: Date) => background.keep(globalId, until.getTime());
    const services: Services = {
      config,
      logger,
      ports,
      createLoaders: loadersFactory(FAMILIES, ports, { keepWatching, clock }),
      nodeFetchers: nodeFetchersOf(FAMILIES),
      idempotency: new IdempotencyGuard(idempotencyStoreFor(state), {
        logger,
        completionHorizonMs: completionHorizons(config),
        ...options.idempotency,
      }),
      bus,
      relay,
      metrics,
      webhookSecrets: webhookSecretStoreFor(state),
      payoutBatches: payoutBatchIndexFor(state),
      publicUrl: () => publicUrl,
      state,
      sandbox: controls,
      clock,
      // Staff sign-in (docs/security.md, "OpenID Connect sign-in"); the issuer is asked on first use.
      credentialResolvers: config.oidc
        ? [createOidcResolver({ ...config.oidc, grantable: API_KEY_SCOPES, onRefused: (reason) => logger.warn({ event: 'oidc_token_refused', ...reason }, 'OIDC token refused') })]
        : [],
      clientTokens: clientTokensFor(config, logger),
      watchSubject,
      keepWatching,
    };
    // Each provider's start-up work before the server listens (e.g. adopting a derived webhook secret).
    for (const { runtime } of providers) await runtime.start?.({ webhookSecrets: services.webhookSecrets });
    // Adopt the subjects earlier or other instances left on the list (a restart forgets nothing).
    await background.start();
    const schema = await buildSchema({ sandbox: config.mode === 'sandbox' });
    const server = await createServer(services, schema);
    await listen(server.httpServer, config.port, config.host);
    const { port } = server.httpServer.address() as AddressInfo;
    const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    if (config.mode === 'sandbox') {
      publicUrl ??= url;
      // The embedded simulator delivers its webhooks to this server, so the demo needs no set-up.
      await registerPaygraphWebhooks(services).catch((error: unknown) => logger.warn({ err: error }, 'Could not register Paygraph webhooks at the provider simulators'));
    } else {
      // Live: name every registration whose secret this store does not know (in the background; never throws).
      void checkWebhookSecrets(services);
    }
    return {
      url,
      graphqlUrl: `${url}/graphql`,
      wsUrl: `${url.replace(/^http/, 'ws')}/graphql`,
      config,
      services,
      logger,
      providers: datasourcesOf(providers),
      sandbox,
      pollers,
      background,
      async close() {
        server.beginDrain();
        if (config.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
        background.close();
        pollers.close();
        relay.close();
        bus.close();
        await server.drain();
        // Let confirmations already running finish their ack; one cut short is claimed by another instance.
        await Promise.race([relay.idle(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
        await closeSimulators(sandbox);
        await state?.close();
        // The spans and metric points still buffered, before the process exits.
        await tracing?.flush();
      },
    };
  } catch (error) {
    stopEvents?.();
    await state?.close();
    await closeSimulators(sandbox);
    throw error;
  }
}

function listen(server: import('node:http').Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // A deep backlog: bursts of a thousand new connections (token-stampede test, benchmarks) must queue, not reset.
    server.listen({ port, host, backlog: 4096 }, () => resolve());
  });
}
