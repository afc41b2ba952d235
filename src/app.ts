import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { API_KEY_SCOPES, withSandboxAstra, withSandboxPagstar, type Config } from './config';
import { createLogger, logDestination, type Logger } from './logger';
import { createServer } from './server';
import { clientTokensFor } from './credentials/client-token-setup';
import { buildSchema } from './schema/build-schema';
import { createAstraDatasource, type AstraDatasource } from './datasources/astra';
import { IdempotencyGuard, idempotencyStoreFor, type GuardOptions } from './domain/idempotency';
import type { Services } from './context';
import { PortRegistry } from './datasources/registry';
import { combinedSubjectWatcher, FAMILIES, familySubjectWatchers, loadersFactory, nodeFetchersOf } from './families';
import type { AstraSimulator, AstraSimulatorOptions } from '@paygraph/sandbox/astra';
import { MemoryWebhookSecretStore, RedisWebhookSecretStore } from './webhooks/secret-store';
import { pagstarCallbackSecret } from './webhooks/pagstar-callback-secret';
import { checkWebhookSecrets } from './webhooks/startup-check';
import { SharedTokenCache } from './datasources/http/shared-token-cache';
import { registerPaygraphWebhooks } from './webhooks/self-register';
import { MemoryEventBus } from './events/memory-event-bus';
import { createEventBus, createRelayStorage, type EventLogTuning, type WebhookInboxTuning } from './events/shared-event-state';
import { WebhookRelay } from './events/webhook-relay';
import { Metrics } from './observability/metrics';
import { createPagstarDatasource, type PagstarDatasource } from './datasources/pagstar';
import { logPollError, pagstarSubjectWatcher } from './datasources/pagstar/pix-charges/charge-watch';
import type { PagstarSimulator, PagstarSimulatorOptions } from '@paygraph/sandbox/pagstar';
import { SubjectPollers } from './events/poller';
import { RedisPollerLeases } from './events/poller-lease';
import { webhookUrlFor } from './webhooks/webhook-url';
import { openSharedState, type SharedState } from './state/shared-state';
import { createOidcResolver } from './credentials/oidc';

export interface StartOptions {
  /** Where logs go (tests capture them to scan for leaks). Default stdout. */
  logDestination?: DestinationStream;
  /** Options for the embedded Astra simulator in sandbox mode (tests shorten delays, TTLs). */
  astraSimulator?: AstraSimulatorOptions;
  /** Options for the embedded Pagstar simulator in sandbox mode. */
  pagstarSimulator?: PagstarSimulatorOptions;
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
  astra: AstraDatasource;
  /** Absent when Pagstar is not configured (live mode without PAGSTAR_* credentials). */
  pagstar?: PagstarDatasource;
  /** The embedded provider simulators (sandbox mode only). */
  sandbox?: { astra: AstraSimulator; pagstar: PagstarSimulator };
  close(): Promise<void>;
}

/**
 * Starts Paygraph: sandbox simulators when no credentials are configured, the datasources, the
 * schema and the HTTP/WebSocket server. The same function serves `npm start` and the tests.
 */
export async function startPaygraph(baseConfig: Config, options: StartOptions = {}): Promise<RunningPaygraph> {
  const logger = createLogger(baseConfig.logLevel, options.logDestination ?? logDestination(baseConfig.logFormat));
  let config = baseConfig;
  let sandbox: RunningPaygraph['sandbox'];
  if (config.mode === 'sandbox') {
    const { startAstraSimulator, startPagstarSimulator } = loadSimulators();
    const astra = await startAstraSimulator({ port: config.sandbox.astraPort, sandboxDelayMs: config.sandbox.delayMs, ...options.astraSimulator });
    const pagstar = await startPagstarSimulator({ port: config.sandbox.pagstarPort, sandboxDelayMs: config.sandbox.delayMs, ...options.pagstarSimulator }).catch(
      async (error: unknown) => {
        await astra.close();
        throw error;
      },
    );
    sandbox = { astra, pagstar };
    config = withSandboxPagstar(withSandboxAstra(config, astra), pagstar);
  }
  let state: SharedState | undefined;
  // Closes the blocking stream readers if start-up fails after they were opened.
  let stopEvents: (() => void) | undefined;
  try {
    // Redis when REDIS_URL is set (several instances, durable); otherwise memory, one process.
    state = await openSharedState(config, logger);
    // Live mode with Redis: one token call per window across instances. Not in sandbox mode, where
    // each instance talks to its own embedded simulator under the same client id.
    const sharedTokens = state.redis && config.mode === 'live' ? new SharedTokenCache({ redis: state.redis, keyPrefix: state.keyPrefix, logger }) : undefined;
    const astra = createAstraDatasource(config.astra!, config.astraHttp, { sharedTokens });
    // Pagstar deposits carry Paygraph's notification URL as `callback` (ASM-P08) once both parts are known.
    let pagstarSecret: string | undefined;
    const pagstarCallbackUrl = () => {
      const base = services.publicUrl();
      return base && pagstarSecret ? webhookUrlFor(base, 'PAGSTAR', pagstarSecret) : undefined;
    };
    const pagstar = config.pagstar ? createPagstarDatasource(config.pagstar, config.pagstarHttp, { callbackUrl: pagstarCallbackUrl, sharedTokens }) : undefined;
    const metrics = new Metrics();
    const bus = await createEventBus(state, logger, options.eventLog);
    stopEvents = () => bus.close();
    const relay = new WebhookRelay({
      bus,
      metrics,
      logger,
      handlers: { ASTRA: astra.webhookHandler, ...(pagstar ? { PAGSTAR: pagstar.webhookHandler } : {}) },
      confirmRetryDelaysMs: options.confirmRetryDelaysMs ?? CONFIRM_RETRY_DELAYS_MS,
      maxEventAgeMs: config.webhookMaxEventAgeMs,
      ...createRelayStorage(state, logger, { claimIdleMs: config.webhookClaimIdleMs, ...options.webhookInbox }),
    });
    stopEvents = () => {
      relay.close();
      bus.close();
    };
    // Sandbox mode defaults it to this server's own address once it listens (below).
    let publicUrl = config.publicUrl;
    // One poller per subject across instances, but only when the bus reaches every instance: a
    // watcher without the lease gets its events from the owner through the bus (poller-lease.ts).
    const leases = state.redis && !(bus instanceof MemoryEventBus) ? new RedisPollerLeases(state.redis, state.keyPrefix) : undefined;
    const pollers = new SubjectPollers({ intervalMs: config.polling.pagstarIntervalMs, maxConcurrency: config.polling.maxConcurrency, onError: logPollError(logger), leases });
    // Every capability of every configured provider; a family asks it for (provider, capability).
    const ports = new PortRegistry(pagstar ? [astra, pagstar] : [astra]);
    const services: Services = {
      config,
      logger,
      ports,
      createLoaders: loadersFactory(FAMILIES, ports),
      nodeFetchers: nodeFetchersOf(FAMILIES),
      idempotency: new IdempotencyGuard(idempotencyStoreFor(state), {
        logger,
        completionHorizonMs: (provider) => (provider === 'PAGSTAR' ? config.pagstarHttp : config.astraHttp).completionHorizonMs,
        ...options.idempotency,
      }),
      bus,
      relay,
      metrics,
      // Hashed in Redis when shared: registrations survive restarts and every instance accepts them.
      webhookSecrets: state.redis ? new RedisWebhookSecretStore(state.redis, state.keyPrefix) : new MemoryWebhookSecretStore(),
      publicUrl: () => publicUrl,
      state,
      sandbox: sandbox ? sandboxControls(sandbox) : undefined,
      // Staff sign-in (docs/security.md, "OpenID Connect sign-in"); the issuer is asked on first use.
      credentialResolvers: config.oidc
        ? [createOidcResolver({ ...config.oidc, grantable: API_KEY_SCOPES, onRefused: (reason) => logger.warn({ event: 'oidc_token_refused', ...reason }, 'OIDC token refused') })]
        : [],
      clientTokens: clientTokensFor(config, logger),
      // Pagstar charges (no reliable webhook) and every family whose provider sends none.
      watchSubject: combinedSubjectWatcher([
        pagstar ? pagstarSubjectWatcher({ pix: pagstar.charges, bus, logger }, pollers) : undefined,
        ...familySubjectWatchers(FAMILIES, { ports, bus, pollers }),
      ]),
    };
    if (pagstar) {
      // Derived from the Pagstar credential: the same on every instance and after restarts (pagstar-callback-secret.ts).
      pagstarSecret = pagstarCallbackSecret(config.pagstar!);
      await services.webhookSecrets.adopt('PAGSTAR', pagstarSecret);
    }
    const schema = await buildSchema({ sandbox: config.mode === 'sandbox' });
    const server = await createServer(services, schema);
    await listen(server.httpServer, config.port, config.host);
    const { port } = server.httpServer.address() as AddressInfo;
    const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    if (config.mode === 'sandbox') {
      publicUrl ??= url;
      // The embedded simulator delivers its webhooks to this server, so the demo needs no set-up.
      await registerPaygraphWebhooks(services).catch((error: unknown) => logger.warn({ err: error }, 'Could not register Paygraph webhooks at the Astra simulator'));
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
      astra,
      pagstar,
      sandbox,
      async close() {
        server.beginDrain();
        if (config.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
        pollers.close();
        relay.close();
        bus.close();
        await server.drain();
        // Let confirmations already running finish their ack; one cut short is claimed by another instance.
        await Promise.race([relay.idle(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
        await sandbox?.astra.close();
        await sandbox?.pagstar.close();
        await state?.close();
      },
    };
  } catch (error) {
    stopEvents?.();
    await state?.close();
    await sandbox?.astra.close();
    await sandbox?.pagstar.close();
    throw error;
  }
}

/**
 * The simulators are loaded only in sandbox mode: a live deployment never loads their code.
 * `require`, not `import()`: this package compiles to CommonJS, where a dynamic import() is an ES
 * module import that would need file extensions the TypeScript sources (ts-node, jest) do not have.
 */
function loadSimulators() {
  /* eslint-disable @typescript-eslint/no-require-imports -- lazy load on purpose, see above */
  const { startAstraSimulator } = require('@paygraph/sandbox/astra') as typeof import('@paygraph/sandbox/astra');
  const { startPagstarSimulator } = require('@paygraph/sandbox/pagstar') as typeof import('@paygraph/sandbox/pagstar');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { startAstraSimulator, startPagstarSimulator };
}

function listen(server: import('node:http').Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // A deep backlog: bursts of a thousand new connections (token-stampede test, benchmarks) must queue, not reset.
    server.listen({ port, host, backlog: 4096 }, () => resolve());
  });
}

function sandboxControls(sandbox: NonNullable<RunningPaygraph['sandbox']>): NonNullable<Services['sandbox']> {
  return {
    payPixCharge: async (provider, txid, payer) => {
      if (provider === 'ASTRA') return sandbox.astra.payCharge(txid, payer && { name: payer.name, documentNumber: payer.document });
      if (provider === 'PAGSTAR') return sandbox.pagstar.payDeposit(txid, payer);
      return false;
    },
    now: () => sandbox.astra.clock.now(),
    advanceClock: (ms) => {
      sandbox.astra.clock.advance(ms);
      return sandbox.astra.clock.now();
    },
  };
}
