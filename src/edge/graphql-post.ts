import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';

export interface GraphqlPostOptions<TContext extends BaseContext> {
  /** Exact path, e.g. '/graphql' (a query string is allowed). */
  path: string;
  /** The same middlewares express runs for POST /graphql, in the same order. */
  middlewares: RequestHandler[];
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  /** express's final error handler's answer (body-parser 400/413, unexpected 500). */
  onError: (error: unknown, res: ServerResponse) => void;
  /** Everything else: the express app. */
  fallback: RequestListener;
}

/**
 * POST /graphql straight from node:http to Apollo's `executeHTTPGraphQLRequest`, with the same
 * middlewares express would run before it (security headers, CORS, the JSON body reader with its
 * limit), and the answer written like @as-integrations/express5 + `res.send` write it. Every other
 * request — GET /graphql, OPTIONS preflights, `/graphql/`, webhooks, health, metrics, GraphiQL —
 * goes to express unchanged.
 *
 * Why: express's router, its request/response prototypes and the integration's `url.parse` were
 * ≈ 18% of S1's CPU for a route that needs none of them (docs/performance.md, A/B figures there).
 */
export function graphqlPostListener<TContext extends BaseContext>(options: GraphqlPostOptions<TContext>): RequestListener {
  const { path, apollo, fallback } = options;
  const withQuery = `${path}?`;
  return (req, res) => {
    const url = req.url ?? '';
    if (req.method !== 'POST' || (url !== path && !url.startsWith(withQuery))) {
      fallback(req, res);
      return;
    }
    runMiddlewares(options.middlewares, req, res, (error) => {
      if (error !== undefined) return options.onError(error, res);
      answer(apollo, options.context, req, res, url).catch((failure: unknown) => options.onError(failure, res));
    });
  };
}

/** Runs connect-style middlewares in order; `done` gets the first error, or undefined after the last. */
function runMiddlewares(middlewares: RequestHandler[], req: IncomingMessage, res: ServerResponse, done: (error?: unknown) => void): void {
  let index = 0;
  const next = (error?: unknown): void => {
    if (error !== undefined && error !== null) return done(error);
    const middleware = middlewares[index++];
    if (!middleware) return done();
    // These middlewares (helmet, cors, the JSON body reader) use only node's req/res API.
    void middleware(req as Request, res as Response, next);
  };
  next();
}

async function answer<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (req: IncomingMessage) => Promise<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
): Promise<void> {
  const headers = new HeaderMap();
  for (const key in req.headers) {
    const value = req.headers[key];
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const queryAt = url.indexOf('?');
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: 'POST',
    headers,
    search: queryAt === -1 ? '' : url.slice(queryAt),
    body: (req as IncomingMessage & { body?: unknown }).body,
  };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(req) });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    const body = response.body.string;
    res.setHeader('content-length', Buffer.byteLength(body));
    res.end(body);
    return;
  }
  // Incremental delivery (@defer/@stream), as the express integration streams it.
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
