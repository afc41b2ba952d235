import type { RequestListener } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getOperationAST, type ExecutionArgs } from 'graphql';

/**
 * One span per GraphQL operation, over HTTP and graphql-ws. Attributes: `graphql.operation.name`,
 * `graphql.operation.type`, `paygraph.client_id` and, on failure, the error codes. Never the
 * variables or the document (a document may carry literals: amounts, documents, card data).
 */
export function graphqlSpans(tracer: Tracer) {
  /**
   * HTTP: the span starts with the request and is the active context while it runs (body reading,
   * Apollo, resolvers, provider calls), so every span below is its child. The request's and the
   * response's event listeners are bound to it: the body arrives in events from the socket, whose
   * own async context is the connection's, not this request's.
   */
  function httpListener(listener: RequestListener, graphqlPath: string): RequestListener {
    return (req, res) => {
      // CORS preflights are no operation: not traced.
      if (req.method === 'OPTIONS' || !(req.url ?? '').startsWith(graphqlPath)) return listener(req, res);
      // A caller's W3C `traceparent` makes this span part of its trace; otherwise it starts one.
      const parent = propagation.extract(ROOT_CONTEXT, req.headers);
      const span = tracer.startSpan('graphql', { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'GET' } }, parent);
      const active = trace.setSpan(parent, span);
      context.bind(active, req);
      context.bind(active, res);
      res.once('close', () => {
        span.setAttribute('http.response.status_code', res.statusCode);
        if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      context.with(active, () => listener(req, res));
    };
  }

  /** Names the HTTP operation span once Apollo knows the operation (it runs inside that span). */
  function apolloPlugin(): ApolloServerPlugin<BaseContext> {
    return {
      requestDidStart({ contextValue }) {
        const span = trace.getSpan(context.active());
        if (!span) return Promise.resolve();
        return Promise.resolve({
          didResolveOperation({ operation, operationName }) {
            if (operation) nameOperation(span, operation.operation, operationName ?? undefined, contextValue);
            return Promise.resolve();
          },
          willSendResponse({ errors }) {
            if (errors?.length) markErrors(span, errors);
            return Promise.resolve();
          },
        });
      },
    };
  }

  /** graphql-ws: `execute` (queries, mutations) and `subscribe` (until the event stream is set up) in a span. */
  function wsOptions<T extends object>(options: T): T {
    const { execute, subscribe } = options as { execute?: Runner; subscribe?: Runner };
    return { ...options, ...(execute ? { execute: overWebSocket(execute) } : {}), ...(subscribe ? { subscribe: overWebSocket(subscribe) } : {}) };
  }

  function overWebSocket(run: Runner): Runner {
    return (args) => {
      const operation = getOperationAST(args.document, args.operationName);
      const span = tracer.startSpan('graphql', { kind: SpanKind.SERVER, attributes: { 'network.protocol.name': 'websocket' } });
      nameOperation(span, operation?.operation ?? 'query', operation?.name?.value ?? args.operationName ?? undefined, args.contextValue);
      return context.with(trace.setSpan(context.active(), span), async () => {
        try {
          const result = (await run(args)) as { errors?: readonly { extensions?: Record<string, unknown> }[] };
          if (result?.errors?.length) markErrors(span, result.errors);
          return result;
        } catch (error) {
          span.setStatus({ code: SpanStatusCode.ERROR });
          throw error;
        } finally {
          span.end();
        }
      });
    };
  }

  return { httpListener, apolloPlugin, wsOptions };
}

type Runner = (args: ExecutionArgs) => unknown;

function nameOperation(span: Span, type: string, name: string | undefined, contextValue: unknown): void {
  span.updateName(`${type} ${name ?? 'anonymous'}`);
  span.setAttribute('graphql.operation.type', type);
  if (name) span.setAttribute('graphql.operation.name', name);
  const clientId = (contextValue as { client?: { clientId?: unknown } } | undefined)?.client?.clientId;
  if (typeof clientId === 'string') span.setAttribute('paygraph.client_id', clientId);
}

/** The errors' stable codes (never their messages, which may quote input). */
function markErrors(span: Span, errors: readonly { extensions?: Record<string, unknown> }[]): void {
  const codes = errors.map((error) => error.extensions?.code).filter((code): code is string => typeof code === 'string');
  span.setAttribute('graphql.error.codes', codes);
  span.setStatus({ code: SpanStatusCode.ERROR });
}
