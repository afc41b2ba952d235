import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { request } from 'undici';
import { jsonBody } from '../../../src/lib/json-body';

/**
 * Which requests the fast path may take: whatever it must leave to express.json (compressed
 * bodies, bodies another parser already read, non-JSON media types, other charsets) must come out
 * exactly as express.json alone would hand them on. Real server on port 0, real HTTP client.
 */
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  const app = express();
  const echo: express.RequestHandler = (req, res) => void res.json({ body: req.body ?? null });
  app.post('/echo', jsonBody(1_000), echo);
  // Another parser read the body first (e.g. a route mounted behind express.json).
  app.post('/parsed-first', express.json(), jsonBody(1_000), echo);
  app.use(((error, _req, res, _next) => void res.status(error.status ?? 500).json({ status: error.status ?? 500, type: error.type })) as express.ErrorRequestHandler);
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function post(body: string | Buffer, headers: Record<string, string>, path = '/echo') {
  const res = await request(`${baseUrl}${path}`, { method: 'POST', body, headers });
  return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
}

describe('jsonBody leaves to express.json what the fast path must not read', () => {
  it('a gzip-compressed JSON body is inflated and parsed', async () => {
    const body = gzipSync('{"a":1}');
    expect(await post(body, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': String(body.length) })).toEqual({
      status: 200,
      body: { body: { a: 1 } },
    });
  });

  it('a body another parser already read is kept (nothing waits for a stream that has ended)', async () => {
    expect(await post('{"a":1}', { 'content-type': 'application/json' }, '/parsed-first')).toEqual({ status: 200, body: { body: { a: 1 } } });
  });

  it('a body without Content-Type is not parsed', async () => {
    expect(await post('{"a":1}', {})).toEqual({ status: 200, body: { body: null } });
  });

  it.each([
    ['another 16-character type', 'application/jsox'],
    ['a 16-character type with a parameter', 'text/plain;a=xyz'],
    ['a JSON type behind a prefix, with charset', 'xapplication/json; charset=utf-8'],
    ['a longer subtype, with charset', 'application/jsonx; charset=utf-8'],
  ])('%s (%s) is not parsed as JSON', async (_label, contentType) => {
    expect(await post('{"a":1}', { 'content-type': contentType })).toEqual({ status: 200, body: { body: null } });
  });

  it('a charset that only starts like utf-8 is refused (415) like express.json does', async () => {
    expect(await post('{"a":1}', { 'content-type': 'application/json; charset=utf-88' })).toEqual({ status: 415, body: { status: 415, type: 'charset.unsupported' } });
  });

  it('quoted and spaced charset parameters take the fast path and parse', async () => {
    for (const contentType of ['application/json;charset="utf-8"', 'application/json ; charset=UTF-8']) {
      expect(await post('{"a":1}', { 'content-type': contentType })).toEqual({ status: 200, body: { body: { a: 1 } } });
    }
  });
});
