/**
 * A minimal GraphQL server for the GraphiQL browser test: `graphql` over HTTP POST and graphql-ws
 * on the same http server and path, plus Paygraph's GraphiQL router. Stands in for the real
 * Paygraph server until the browser test is pointed at it.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import {
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  graphql,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import {
  createGraphiqlAssetsRouter,
  graphiqlHandler,
  wantsGraphiql,
  type GraphiqlOptions,
} from '../../../src/graphiql';

export const TICK_COUNT = 3;
const TICK_INTERVAL_MS = 150;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function* ticks(): AsyncGenerator<{ ticks: number }> {
  for (let tick = 1; tick <= TICK_COUNT; tick += 1) {
    await sleep(TICK_INTERVAL_MS);
    yield { ticks: tick };
  }
}

export const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      hello: {
        type: new GraphQLNonNull(GraphQLString),
        description: 'A greeting from the server.',
        resolve: () => 'Olá from Paygraph',
      },
    },
  }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      ticks: {
        type: new GraphQLNonNull(GraphQLInt),
        description: `Counts from 1 to ${TICK_COUNT}, then completes.`,
        subscribe: ticks,
      },
    },
  }),
});

export interface MiniServer {
  origin: string;
  close(): Promise<void>;
}

export async function startMiniServer(options: GraphiqlOptions): Promise<MiniServer> {
  const app = express();
  app.use(createGraphiqlAssetsRouter(options));
  app.get(options.graphqlPath, (req, res, next) =>
    wantsGraphiql(req) ? graphiqlHandler(options)(req, res, next) : next(),
  );
  app.post(options.graphqlPath, express.json(), async (req, res) => {
    const { query, variables, operationName } = req.body ?? {};
    res.json(await graphql({ schema, source: query, variableValues: variables, operationName }));
  });

  const server = http.createServer(app);
  const wss = new WebSocketServer({ server, path: options.graphqlPath });
  const ws = useServer({ schema }, wss);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      await ws.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
