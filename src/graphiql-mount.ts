import type { Express } from 'express';
import type { Config } from './config';
import { createGraphiqlAssetsRouter, graphiqlDisabledHandler, graphiqlHandler, wantsGraphiql, type GraphiqlOptions } from './graphiql';
import { defaultGraphiqlTabs } from './graphiql/default-tabs';

/**
 * GET /graphql from a browser (Accept: text/html) → GraphiQL, served from our own origin; JSON
 * clients fall through to Apollo. With GRAPHIQL=false (default in production) browsers get a
 * plain 404 that says so.
 */
export function mountGraphiql(app: Express, config: Config, graphqlPath: string): void {
  if (!config.graphiql) {
    app.get(graphqlPath, (req, res, next) => (wantsGraphiql(req) ? graphiqlDisabledHandler(req, res, next) : next()));
    return;
  }
  const options: GraphiqlOptions = {
    graphqlPath,
    assetsPath: '/graphiql-assets',
    title: 'Paygraph GraphiQL',
    defaultTabs: defaultGraphiqlTabs(config.mode === 'sandbox'),
    ...(config.mode === 'sandbox' ? { sandboxBanner: 'Sandbox mode: Astra and Pagstar are simulated on loopback. Amounts ending in ,01 are paid automatically.' } : {}),
  };
  const page = graphiqlHandler(options);
  app.use(createGraphiqlAssetsRouter(options));
  app.get(graphqlPath, (req, res, next) => (wantsGraphiql(req) ? page(req, res, next) : next()));
}
