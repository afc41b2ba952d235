/**
 * GraphiQL served entirely by Paygraph: the page, graphiql's UMD bundle, React 18 and the
 * graphql-ws client all come from node_modules on our own routes (offline, no CDN), under a strict CSP.
 *
 * Mounting (server.ts):
 *   app.use(createGraphiqlAssetsRouter(o));
 *   app.get(o.graphqlPath, (req, res, next) =>
 *     wantsGraphiql(req) ? graphiqlHandler(o)(req, res, next) : next());
 */
import type { Request, RequestHandler, Router } from 'express';
import { assetsRouter } from './assets';
import { GRAPHIQL_CSP } from './csp';
import { assertValidOptions, type GraphiqlOptions } from './options';
import { buildPage } from './page';

export { GRAPHIQL_CSP } from './csp';
export type { GraphiqlOptions, GraphiqlTab } from './options';

export function createGraphiqlAssetsRouter(options: GraphiqlOptions): Router {
  assertValidOptions(options);
  return assetsRouter(options.assetsPath);
}

const pages = new WeakMap<GraphiqlOptions, string>();

/** The HTML page, rendered once per options object. */
export function renderGraphiqlPage(options: GraphiqlOptions): string {
  let page = pages.get(options);
  if (page === undefined) {
    assertValidOptions(options);
    page = buildPage(options);
    pages.set(options, page);
  }
  return page;
}

/** A browser navigating to the GraphQL URL. JSON clients (and curl's wildcard Accept) fall through. */
export function wantsGraphiql(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return req.accepts(['application/json', 'text/html']) === 'text/html';
}

export function graphiqlHandler(options: GraphiqlOptions): RequestHandler {
  const page = renderGraphiqlPage(options);
  return (_req, res) => {
    res.status(200);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', GRAPHIQL_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');
    // Same URL, different representation depending on Accept.
    res.setHeader('Vary', 'Accept');
    res.send(page);
  };
}

export const GRAPHIQL_DISABLED_MESSAGE = 'GraphiQL is disabled on this server (GRAPHIQL=false). POST GraphQL requests to /graphql.';

export const graphiqlDisabledHandler: RequestHandler = (_req, res) => {
  res.status(404);
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
  res.send(GRAPHIQL_DISABLED_MESSAGE);
};
