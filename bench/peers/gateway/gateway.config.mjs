// Hive Gateway for the "gateway" peer (docs/performance.md). Same contract as Paygraph and the
// Apollo peer: the client's `Authorization: Bearer <api key>` is required; every upstream call gets
// the simulator's bearer token and a fresh x-transaction-id (the simulator requires a UUID).
import { randomUUID } from 'node:crypto';
import { defineConfig } from '@graphql-hive/gateway';

const expected = `Bearer ${process.env.API_KEY}`;
const upstreamAuthorization = `Bearer ${process.env.UPSTREAM_TOKEN}`;

export const gatewayConfig = defineConfig({
  supergraph: './supergraph.graphql',
  graphiql: false,
  landingPage: false,
  logging: 'error',
  plugins: () => [
    {
      onRequest({ request, fetchAPI, endResponse }) {
        if (new URL(request.url).pathname === '/graphql' && request.headers.get('authorization') !== expected) {
          endResponse(new fetchAPI.Response('{"errors":[{"message":"Missing or invalid API key"}]}', { status: 401, headers: { 'content-type': 'application/json' } }));
        }
      },
      onFetch({ options, setOptions }) {
        setOptions({ ...options, headers: { ...options.headers, authorization: upstreamAuthorization, 'x-transaction-id': randomUUID() } });
      },
    },
  ],
});
