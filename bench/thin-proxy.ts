/**
 * Rung c′: a thin node:http proxy that does exactly S1's one upstream call (undici.request on a
 * keep-alive Pool, bearer token, fresh x-transaction-id) and answers with the provider's JSON.
 * No GraphQL, no express. It separates "the extra hop" from "the GraphQL tax".
 *
 * Env: PROXY_PORT, UPSTREAM_URL, UPSTREAM_PATH (the charge path), UPSTREAM_TOKEN.
 */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Pool } from 'undici';

const port = Number(process.env.PROXY_PORT);
const upstream = process.env.UPSTREAM_URL!;
const path = process.env.UPSTREAM_PATH!;
const authorization = `Bearer ${process.env.UPSTREAM_TOKEN}`;
const pool = new Pool(upstream, { connections: 256, pipelining: 1, keepAliveTimeout: 60_000 });

const server = createServer((req, res) => {
  // Drain the (GraphQL) request body, then make the one upstream call.
  req.resume();
  req.once('end', () => {
    pool
      .request({ method: 'GET', path, headers: { accept: 'application/json', authorization, 'x-transaction-id': randomUUID() } })
      .then(async ({ statusCode, body }) => {
        const text = await body.text();
        res.writeHead(statusCode === 200 ? 200 : 502, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      })
      .catch(() => {
        res.writeHead(502).end();
      });
  });
});
server.keepAliveTimeout = 65_000;
server.listen({ port, host: '127.0.0.1', backlog: 4096 }, () => process.send?.({ ready: true, pid: process.pid }));

const stop = () => {
  server.close();
  void pool.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 1_000).unref();
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
