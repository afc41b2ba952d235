import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { request } from 'undici';
import { jsonBody } from '../../../src/lib/json-body';

let server: Server;
let url: string;

beforeAll(async () => {
  const app = express();
  app.post('/echo', jsonBody(1_000), (req, res) => void res.json({ body: req.body ?? null }));
  app.use(((error, _req, res, _next) => void res.status(error.status ?? 500).json({ status: error.status, type: error.type })) as express.ErrorRequestHandler);
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/echo`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function post(body: string | Buffer, headers: Record<string, string>) {
  const res = await request(url, { method: 'POST', body, headers });
  return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
}

describe('jsonBody (express.json with a fast path)', () => {
  it('parses application/json objects and arrays, with or without charset', async () => {
    expect(await post('{"query":"{ a }"}', { 'content-type': 'application/json' })).toEqual({ status: 200, body: { body: { query: '{ a }' } } });
    expect(await post(' [1,2]', { 'content-type': 'application/json; charset=utf-8' })).toEqual({ status: 200, body: { body: [1, 2] } });
    expect(await post(Buffer.from('{"é":"ç"}'), { 'content-type': 'APPLICATION/JSON' })).toEqual({ status: 200, body: { body: { é: 'ç' } } });
  });

  it('treats an empty body as {} like body-parser', async () => {
    expect(await post('', { 'content-type': 'application/json' })).toEqual({ status: 200, body: { body: {} } });
  });

  it('rejects malformed and non-object JSON with 400 entity.parse.failed', async () => {
    expect(await post('{"a":', { 'content-type': 'application/json' })).toEqual({ status: 400, body: { status: 400, type: 'entity.parse.failed' } });
    expect(await post('"just a string"', { 'content-type': 'application/json' })).toEqual({ status: 400, body: { status: 400, type: 'entity.parse.failed' } });
  });

  it('leaves everything else to express.json: too large (413), other charsets (415), other types (no body)', async () => {
    expect((await post(`{"a":"${'x'.repeat(2_000)}"}`, { 'content-type': 'application/json' })).status).toBe(413);
    expect((await post('{"a":1}', { 'content-type': 'application/json; charset=latin1' })).status).toBe(415);
    expect(await post('a=1', { 'content-type': 'application/x-www-form-urlencoded' })).toEqual({ status: 200, body: { body: null } });
  });
});
