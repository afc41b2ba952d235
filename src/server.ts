import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { GraphQLError, print, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { createContext, type ClientIdentity, type GraphQLContext, type Services } from './context';
import { credentialChainFor, presentedByRequest, presentedBySocket } from './credentials';
import { socketExpiries } from './credentials/socket-expiry';
import { browserOrigins } from './credentials/origins';
import { publishableKeyLimits } from './credentials/publishable-limits';
import { createGraphqlPolicy } from './edge/graphql-policy';
import { createTimedHttpServer } from './edge/http-timeouts';
import { createRateLimits } from './edge/rate-limits';
import { createSubscriptionEvents } from './edge/subscription-events';
import { createSubscriptionLimits } from './edge/subscription-limits';
import { corsForGraphql, metricsGuard, securityHeaders } from './edge/http-edge';
import { legacyJsonStatusPlugin, policyApolloPlugin, policyWsHooks, wsSocketHooks } from './edge/transports';
import { requestLogPlugin } from './observability/request-log.plugin';
import { telemetry } from './observability/telemetry';
import { mountGraphiql } from './graphiql-mount';
import { createWebhookIngress } from './events/webhook-ingress';
import { jsonBody } from './lib/json-body';
import { sharedSubscribe } from './lib/shared-subscribe';
import { graphqlPostListener } from './edge/graphql-post';
import { HttpDrain, raceDeadline } from './shutdown/http-drain';
import { WsOperations } from './shutdown/ws-operations';
import { ErrorCode } from './errors/codes';
import { CredentialsUnavailableError } from './credentials/credentials-unavailable';
import { providerCallScope } from './edge/provider-call-scope';
import { loadTrustedDocuments } from './edge/trusted-documents';
import { trustedDocumentIdOf, trustedDocumentsHttp, trustedGetCachePlugin } from './edge/trusted-documents-http';
import { webhookSourceIps } from './provider-runtime';

export interface PaygraphServer {
  httpServer: Server;
  /** Reports not ready (/readyz 503) and refuses new WebSocket connections; HTTP still served. */
  beginDrain(): void;
  /**
   * Stops accepting connections, answers every request already received (its result, or a 503
   * once the listener is closed), lets WebSocket operations finish, then closes every socket
   * (WebSockets with 1001), all within SHUTDOWN_DRAIN_TIMEOUT_MS (docs/deploy.md, "Shutdown").
   */
  drain(): Promise<DrainReport>;
  isDraining(): boolean;
}

/** What a drain had to cut at its deadline; all zero after a clean drain. */
export interface DrainReport {
  unansweredRequests: number;
  runningWsOperations: number;
  destroyedConnections: number;
}

const GRAPHQL_PATH = '/graphql';

/**
 * express 5 + Apollo Server 5 on /graphql, graphql-ws on the same port and path, health routes.
 * One edge policy (src/edge/graphql-policy.ts: tokens, depth, aliases, introspection, suggestion
 * masking, provider-call cost) applies to HTTP and WebSocket operations alike.
 */
export async function createServer(services: Services, schema: GraphQLSchema): Promise<PaygraphServer> {
  const { config } = services;
  // The manifest is read and checked once, first: a bad one stops the start before anything opens (docs/security.md, "Trusted documents").
  const trusted = config.trustedDocuments;
  const trustedDocuments = trusted && { manifest: loadTrustedDocuments(trusted.manifestPath), rule: { only: trusted.only, oidcAny: trusted.oidcAny } };
  const app = express();
  app.disable('x-powered-by');
  // No ETag on res.send/res.json answers: GraphQL POSTs are never revalidated, and the ETag cost a
  // SHA-1 of every response body (docs/performance.md). Static GraphiQL assets keep theirs (sendFile).
  app.set('etag', false);
  // Until Apollo has started, express answers everything; then POST /graphql skips it (below).
  let listener: RequestListener = app;
  let admitted: RequestListener = listener;
  const httpServer = createTimedHttpServer((req, res) => admitted(req, res), config.httpTimeouts);
  // Every request passes the drain first: counted, Connection: close while draining, 503 once closed.
  const httpDrain = new HttpDrain(httpServer);
  admitted = httpDrain.wrap((req, res) => listener(req, res));
  const wsOperations = new WsOperations();
  let draining = false;

  const rateLimits = createRateLimits(config.rateLimits, services.state);
  const policy = createGraphqlPolicy({ introspection: config.introspection, hideSuggestions: config.production, maxProviderCalls: config.maxProviderCalls, trustedDocuments }, [
    publishableKeyLimits(config.publishableKeyLimits, services.state),
    rateLimits.check,
  ]);
  // Subscriptions: caps per key, socket and event; each event's re-execution charged (docs/security.md).
  const subscriptionLimits = createSubscriptionLimits(config.subscriptionLimits);
  const subscriptionEvents = createSubscriptionEvents({ createLoaders: services.createLoaders, rateLimits });

  // Server keys, client tokens, publishable keys (src/credentials/index.ts); the same for HTTP and graphql-ws.
  const identifyCaller = credentialChainFor(services, services.credentialResolvers ?? []);
  // Who each graphql-ws socket is, decided once at connection_init; its operations run as that caller.
  const socketClients = new WeakMap<object, ClientIdentity>();
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH, maxPayload: config.bodyLimitBytes });
  const wsHooks = policyWsHooks(
    policy,
    schema,
    (ctx) => {
      const client = socketClients.get(ctx);
      // The socket closes when a client token expires (below); an operation racing that close is refused.
      if (!client || (client.expiresAt !== undefined && client.expiresAt <= Date.now())) {
        throw new GraphQLError('A valid API key or browser credential is required.', { extensions: { code: 'UNAUTHENTICATED' } });
      }
      return createContext(services, client);
    },
    { limits: subscriptionLimits, events: subscriptionEvents },
  );
  // Per-key socket caps (src/edge/transports.ts); the drain counts the sockets it must close.
  const socketHooks = wsSocketHooks(subscriptionLimits, async (ctx) => {
    if (draining) return null;
    const client = await identifyCaller(presentedBySocket(ctx.connectionParams, ctx.extra.request)).catch(credentialsUnavailableOnSocket(services, ctx.extra.socket));
    if (client) socketClients.set(ctx, client);
    return client;
  });
  const expiries = socketExpiries();
  const wsCleanup = useServer<Record<string, unknown>>(
    // An operation span per graphql-ws operation when OpenTelemetry export is on (identity otherwise).
    (telemetry()?.wsOptions ?? ((options) => options))({
      schema,
      ...wsHooks,
      // Once the listener is closed, an operation sent on an open socket is refused, not executed.
      onSubscribe: (ctx, id, payload) =>
        httpDrain.current === 'refusing'
          ? [new GraphQLError('This instance is shutting down; the operation was not executed. Retry it.', { extensions: { code: ErrorCode.SHUTTING_DOWN, retryable: true } })]
          : wsHooks.onSubscribe!(ctx, id, payload),
      // One execution per event for all subscribers with the same operation, variables and caller
      // identity, instead of one per subscriber (fan-out cost, docs/performance.md); one loader set
      // per event for all of them, each execution charged (src/edge/subscription-events.ts).
      subscribe: sharedSubscribe({ groupOf: subscriptionGroup, ...subscriptionEvents.execution }),
      // Authenticate once per socket: a bad key closes it with 4403 Forbidden before any subscription.
      onConnect: async (ctx) => {
        const accepted = await socketHooks.onConnect!(ctx);
        if (accepted === true) {
          wsOperations.opened(ctx);
          expiries.watch(ctx, socketClients.get(ctx));
        }
        return accepted;
      },
      onClose: async (ctx, code, reason) => {
        expiries.forget(ctx);
        wsOperations.closed(ctx);
        await socketHooks.onClose?.(ctx, code, reason);
      },
    }),
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError: policy.formatError,
    // The policy's rules decide introspection and suggestions for both transports (one place);
    // Apollo's own switches would add a second, HTTP-only copy of each.
    introspection: true,
    hideSchemaDetailsFromClientErrors: false,
    parseOptions: policy.parseOptions,
    // A request carrying an API key header is never "simple": browsers preflight it, so CORS
    // decides. That lets GET queries with URL-encoded variables through for API clients, while
    // a cross-site <img>/<form> request (no custom header) is still blocked.
    csrfPrevention: { requestHeaders: ['x-apollo-operation-name', 'apollo-require-preflight', 'authorization', 'x-api-key'] },
    allowBatchedHttpRequests: false,
    // Documents by hash come only from TRUSTED_DOCUMENTS (trustedDocumentsHttp, before Apollo). Apollo's
    // automatic persisted queries would let any caller register any document under its hash, so
    // they cannot be an allowlist: off, and the hash fields never reach Apollo.
    persistedQueries: false,
    validationRules: policy.validationRules,
    includeStacktraceInErrorResponses: false,
    // Paygraph has one shutdown path (index.ts → RunningPaygraph.close); Apollo's own signal
    // handler would stop the server a second time and re-raise the signal (exit 1 after 15 s).
    stopOnTerminationSignals: false,
    plugins: [
      policyApolloPlugin(policy),
      legacyJsonStatusPlugin(),
      // Before requestLogPlugin, which sets `no-store` on every answer without a cache-control.
      trustedGetCachePlugin(),
      // GraphiQL (our own, offline) answers browsers; Apollo's landing page would load from a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // No @cacheControl hints exist, so every answer is uncacheable: the request-log plugin sets
      // `cache-control: no-store` itself instead of a per-field policy walk (docs/performance.md).
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(),
      ...(telemetry() ? [telemetry()!.apolloPlugin()] : []),
      {
        serverWillStart: () =>
          Promise.resolve({
            // HTTP is drained before apollo.stop() (drain() below); this closes every WebSocket with 1001 Going away.
            drainServer: async () => {
              await wsCleanup.dispose();
            },
          }),
      },
    ],
  });
  await apollo.start();

  const graphqlContext = async (req: IncomingMessage): Promise<GraphQLContext> => {
    const client = await identifyCaller(presentedByRequest(req)).catch(credentialsUnavailable(services));
    if (!client) {
      throw new GraphQLError('A valid API key is required (Authorization: Bearer <key>), or a valid browser credential.', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    const context = createContext(services, client, { requestId: typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : undefined });
    context.documentId = trustedDocumentIdOf(req);
    return context;
  };
  const readBody = jsonBody(config.bodyLimitBytes);
  // Last before Apollo: the operation's admitted estimate caps its provider calls (docs/security.md).
  const budgetScope = providerCallScope();
  // Documents named by hash become their trusted text before Apollo (POST body, GET parameters).
  const byHash = trustedDocumentsHttp((request) => policy.resolveDocument(request));
  const graphqlHandlers = [readBody, byHash, budgetScope, expressMiddleware(apollo, { context: ({ req }) => graphqlContext(req) })];
  const security = securityHeaders();
  app.use(security);
  // Exact CORS_ORIGINS (by default none in production and the server's own (GraphiQL) origin
  // otherwise), plus the origins of publishable keys (src/credentials/origins.ts).
  const cors = corsForGraphql(() => browserOrigins(services));
  app.use(GRAPHQL_PATH, cors);
  app.post(GRAPHQL_PATH, ...graphqlHandlers);

  app.use(
    createWebhookIngress({
      relay: services.relay,
      metrics: services.metrics,
      logger: services.logger,
      verifySecret: (provider, secret) => services.webhookSecrets.verify(provider, secret),
      maxBodyBytes: config.webhookMaxBodyBytes,
      // Each provider module's network rule: where its deliveries may come from (empty = anywhere).
      allowedIps: webhookSourceIps(config),
    }),
  );
  app.get('/metrics', metricsGuard(config.metricsToken, config.production), (_req, res) => {
    res.type('text/plain; version=0.0.4').send(services.metrics.render({ paygraph_subscribers: services.bus.subscriberCount }));
  });
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', (_req, res) => {
    // Not ready while draining, or while shared state (Redis) is unreachable: money-moving
    // mutations would fail closed there, so the load balancer should prefer another instance.
    const state = services.state.isReady() ? 'ok' : 'unavailable';
    const status = draining ? 'draining' : state === 'ok' ? 'ready' : 'not_ready';
    res.status(status === 'ready' ? 200 : 503).json({ status, mode: config.mode, state: services.state.kind, ...(state === 'ok' ? {} : { stateStatus: state }) });
  });
  mountGraphiql(app, config, GRAPHQL_PATH);
  // GET (queries, browsers that are not sent to GraphiQL) and any other method Apollo answers.
  app.use(GRAPHQL_PATH, ...graphqlHandlers);

  const writeHttpError = httpErrorWriter(services);
  app.use(finalErrorHandler(writeHttpError));
  // POST /graphql (nearly all traffic) goes from node:http straight to Apollo, through the same
  // security headers, CORS and body reader; everything else is express's (docs/performance.md).
  const graphqlListener = graphqlPostListener({
    path: GRAPHQL_PATH,
    middlewares: [security, cors, readBody, byHash, budgetScope],
    apollo,
    context: graphqlContext,
    onError: writeHttpError,
    fallback: app,
  });
  // With OpenTelemetry export on, each /graphql request runs inside its operation span.
  listener = telemetry()?.httpListener(graphqlListener, GRAPHQL_PATH) ?? graphqlListener;

  return {
    httpServer,
    isDraining: () => draining,
    beginDrain() {
      draining = true;
      httpDrain.begin();
    },
    async drain() {
      draining = true;
      const deadlineAt = Date.now() + config.shutdownDrainMs;
      await httpDrain.stopAccepting();
      services.logger.info({ drainTimeoutMs: config.shutdownDrainMs }, 'listener closed; answering the requests received, refusing new ones');
      const [unansweredRequests, runningWsOperations] = await Promise.all([httpDrain.requestsAnswered(deadlineAt), wsOperations.settled(deadlineAt)]);
      // Apollo refuses operations once stopped, so it stops only after the answers; a WebSocket peer
      // that never completes the close handshake must not hold the process past the deadline.
      const apolloStopped = apollo.stop();
      await raceDeadline(apolloStopped, deadlineAt);
      const destroyedConnections = await httpDrain.connectionsClosed(deadlineAt);
      await apolloStopped;
      const report = { unansweredRequests, runningWsOperations, destroyedConnections };
      if (unansweredRequests + runningWsOperations + destroyedConnections > 0) services.logger.error(report, 'drain deadline reached; work was cut');
      return report;
    },
  };
}

/** The issuer of a credential could not be reached: a retryable 503, not "your credential is wrong". */
function credentialsUnavailable(services: Services): (error: unknown) => never {
  return (error) => {
    if (!(error instanceof CredentialsUnavailableError)) throw error;
    services.logger.warn({ err: error }, 'credential issuer unreachable; request refused');
    throw new GraphQLError('The credential could not be checked now (its issuer is unreachable); retry.', {
      extensions: { code: ErrorCode.CREDENTIALS_UNAVAILABLE, retryable: true, http: { status: 503 } },
    });
  };
}

/**
 * The same over graphql-ws: the socket closes with 1013 Try Again Later and a reason saying why
 * (graphql-ws's own 4403 that follows is then ignored), instead of a 4403 that blames the credential.
 */
function credentialsUnavailableOnSocket(services: Services, socket: { close(code: number, reason: string): void }): (error: unknown) => null {
  return (error) => {
    if (!(error instanceof CredentialsUnavailableError)) throw error;
    services.logger.warn({ err: error }, 'credential issuer unreachable; socket refused');
    socket.close(TRY_AGAIN_LATER, 'The credential could not be checked now (its issuer is unreachable); retry.');
    return null;
  };
}

/** WebSocket close code 1013 (RFC 6455 registry): the server cannot serve this now; retry later. */
const TRY_AGAIN_LATER = 1013;

/** What a subscription's result may depend on besides the event: the operation and the caller. */
function subscriptionGroup(args: ExecutionArgs): string {
  const { client } = args.contextValue as GraphQLContext;
  const scopes = [...client.scopes].sort().join('+');
  return `${client.clientId}|${scopes}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${print(args.document)}`;
}

type HttpError = { status?: number; statusCode?: number; type?: string };

/**
 * Body-parser and routing errors: a short JSON answer with the right status, never a stack. Written
 * with node's response API only, so express's final handler and the node:http POST /graphql path share it.
 */
function httpErrorWriter(services: Services): (error: unknown, res: ServerResponse) => void {
  return (error, res) => {
    const { status: given, statusCode } = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
    const status = given ?? statusCode ?? 500;
    if (status >= 500) services.logger.error({ err: error }, 'unhandled HTTP error');
    const message = status === 413 ? 'Request body too large.' : status === 400 ? 'Malformed request body.' : status >= 500 ? 'Internal server error.' : 'Request rejected.';
    const body = JSON.stringify({ errors: [{ message, extensions: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
    if (res.headersSent) return void res.end();
    res.statusCode = status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-length', Buffer.byteLength(body));
    res.end(body);
  };
}

/** express's final error handler, over the shared writer. */
function finalErrorHandler(writeError: (error: unknown, res: ServerResponse) => void): express.ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => writeError(error, res);
}
