import {
  execute,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context, ServerOptions } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { ClientIdentity, GraphQLContext } from '../context';
import type { GraphqlPolicy } from './graphql-policy';
import type { SubscriptionEvents } from './subscription-events';
import { SOCKET_LIMIT_CLOSE_CODE, type SubscriptionLimits } from './subscription-limits';
import { estimateUpstreamCost } from './upstream-cost';
import { limitProviderCalls, runWithProviderCallBudget } from '../datasources/http/provider-call-budget';

/**
 * HTTP: Apollo parses and validates with the policy's options and rules; this admits (cost, rate)
 * and makes the admitted estimate the operation's provider-call budget, in the scope that
 * `providerCallScope()` (src/edge/provider-call-scope.ts) opened around the request.
 */
export function policyApolloPlugin(policy: GraphqlPolicy): ApolloServerPlugin<GraphQLContext> {
  return {
    // Apollo's hooks return promises; the listener itself is ready at once.
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          const refusal = await policy.admit({
            schema,
            document,
            operationName,
            variables: request.variables,
            client: contextValue.client,
            documentId: contextValue.documentId,
            onAdmitted: ({ providerCalls }) => limitProviderCalls(providerCalls),
          });
          if (refusal) throw refusal;
        },
      });
    },
  };
}

type WsContext = Context<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage }>;
type WsHooks = Pick<ServerOptions<Record<string, unknown>>, 'onSubscribe' | 'execute' | 'onNext' | 'onError'>;

/** The subscription caps and per-event charging (src/edge/subscription-limits.ts, subscription-events.ts). */
export interface WsSubscriptionGuard {
  limits: Pick<SubscriptionLimits, 'refuseSubscription' | 'markRefused' | 'refuseEventCost'>;
  events: Pick<SubscriptionEvents, 'recordEventCost'>;
}

/**
 * WebSocket: graphql-ws gets the same parse options, rules, admission and error formatting.
 * Errors carry the codes Apollo gives the same problems (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT), so both transports answer alike.
 */
export function policyWsHooks(
  policy: GraphqlPolicy,
  schema: GraphQLSchema,
  contextOf: (ctx: Context<Record<string, unknown>>) => GraphQLContext,
  guard?: WsSubscriptionGuard,
): WsHooks {
  const rules = [...specifiedRules, ...policy.validationRules];
  // Admitted estimate of each query/mutation, keyed by its context (one per onSubscribe).
  const admittedCalls = new WeakMap<object, number>();
  type OnSubscribe = NonNullable<WsHooks['onSubscribe']>;
  const admitOperation = async (...[ctx, id, payload]: Parameters<OnSubscribe>): Promise<ExecutionArgs | readonly GraphQLError[]> => {
    // By hash (the same lookup as HTTP): `extensions.persistedQuery.sha256Hash`, or `documentId` in
    // the payload or its extensions, with `query: ""` (graphql-ws requires a string there).
    const named = policy.resolveDocument({ query: payload.query, documentId: (payload as { documentId?: unknown }).documentId, extensions: payload.extensions });
    if (named instanceof GraphQLError) return [named];
    let document: DocumentNode;
    try {
      document = parse(named?.query ?? payload.query, policy.parseOptions);
    } catch (error) {
      return [coded(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
    }
    const invalid = validate(schema, document, rules);
    if (invalid.length) return invalid.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED'));
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return [new GraphQLError('Unable to identify the operation to run.', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })];
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
    if (coerced.errors) return coerced.errors.map((error) => coded(error, 'BAD_USER_INPUT'));
    const contextValue = contextOf(ctx);
    // Caps before the first await: graphql-ws handles a burst of subscribe messages concurrently.
    // A subscription's root field costs 0, so its estimate is what each event's re-execution costs.
    const estimate = guard && operation.operation === OperationTypeNode.SUBSCRIPTION ? estimateUpstreamCost(schema, document, payload.operationName, payload.variables) : undefined;
    const watched = guard && estimate ? { guard, eventCost: estimate.providerCalls } : undefined;
    const capped = watched && (watched.guard.limits.refuseSubscription(ctx, id) ?? watched.guard.limits.refuseEventCost(watched.eventCost));
    if (capped) return [capped];
    const refusal = await policy.admit({
      schema,
      document,
      operationName: payload.operationName,
      variables: payload.variables,
      client: contextValue.client,
      documentId: named?.documentId,
      estimate,
      onAdmitted: ({ providerCalls }) => admittedCalls.set(contextValue, providerCalls),
    });
    if (refusal) return [refusal];
    // Opening was charged above; every event's re-execution is charged this again (subscription-events.ts).
    watched?.guard.events.recordEventCost(contextValue, watched.eventCost);
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
  };
  return {
    async onSubscribe(ctx, id, payload) {
      const admitted = await admitOperation(ctx, id, payload);
      // A refused operation stays in graphql-ws's record until its error is sent: it must not count.
      if (Array.isArray(admitted)) guard?.limits.markRefused(ctx, id);
      return admitted;
    },
    // Queries and mutations over WebSocket run within their admitted estimate, like over HTTP.
    // (Subscriptions go through `subscribe`; each event's re-execution is budgeted there.)
    execute: (args) => runWithProviderCallBudget(admittedCalls.get(args.contextValue as object) ?? 0, () => execute(args)),
    onNext: (_ctx, _id, _payload, _args, result) => formatResult(policy, result),
    onError: (_ctx, _id, _payload, errors) => errors.map((error) => policy.formatError(error.toJSON(), error)),
  };
}

/**
 * Sockets, at connection_init: no client (bad credential, draining) closes with graphql-ws's 4403
 * Forbidden; a key over its socket cap is closed with 1008 and a reason stating the limit.
 */
export function wsSocketHooks(
  limits: Pick<SubscriptionLimits, 'openSocket' | 'closeSocket'>,
  clientOf: (ctx: WsContext) => Promise<ClientIdentity | null>,
): Pick<ServerOptions<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage }>, 'onConnect' | 'onClose'> {
  return {
    async onConnect(ctx) {
      const client = await clientOf(ctx);
      if (!client) return false;
      const refused = limits.openSocket(ctx, client);
      // Closed here with our code and reason; graphql-ws's own 4403 that follows is then ignored.
      if (refused) ctx.extra.socket.close(SOCKET_LIMIT_CLOSE_CODE, refused);
      return refused === null;
    },
    onClose: (ctx) => limits.closeSocket(ctx),
  };
}

function coded(error: GraphQLError, code: string): GraphQLError {
  if (!(error instanceof GraphQLError)) return new GraphQLError(String(error), { extensions: { code } });
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/** graphql-ws bypasses Apollo's formatError: apply the same masking to results. */
function formatResult(policy: GraphqlPolicy, result: ExecutionResult): FormattedExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((error) => policy.formatError(error.toJSON(), error)) };
}

const SPEC_200_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL-over-HTTP: a client that explicitly accepts only the legacy `application/json` (not
 * `application/graphql-response+json`) SHOULD get 200 for parse, validation and variable
 * coercion failures, since that media type cannot carry them in the status. Everyone else
 * (`*\/*`, the new media type, no Accept) keeps Apollo's 400. Over-limit refusals stay 400/429.
 */
export function legacyJsonStatusPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart({ request }) {
      const accept = request.http?.headers.get('accept') ?? '';
      if (!/application\/json/i.test(accept) || /application\/graphql-response\+json/i.test(accept)) return Promise.resolve({});
      return Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind === 'single' && response.body.singleResult.data === undefined) {
            const codes = (response.body.singleResult.errors ?? []).map((error) => error.extensions?.code);
            if (codes.length > 0 && codes.every((code) => typeof code === 'string' && SPEC_200_CODES.has(code))) response.http.status = 200;
          }
          return Promise.resolve();
        },
      });
    },
  };
}
