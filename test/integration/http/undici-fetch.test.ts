import ky from 'ky';
import { Agent } from 'undici';
import { ATTEMPT_ABORT_OPTION, AttemptAbort, createUndiciFetch } from '../../../src/datasources/http/undici-fetch';
import { hang, send, startTestServer, type TestServer } from './test-server';

let server: TestServer;
let agent: Agent;
beforeEach(async () => {
  server = await startTestServer();
  agent = new Agent({ connections: 4 });
});
afterEach(async () => {
  await agent.close();
  await server.close();
});

function api() {
  return ky.create({ prefixUrl: server.url, retry: 0, timeout: false, throwHttpErrors: false, redirect: 'manual', fetch: createUndiciFetch(agent) });
}

describe('createUndiciFetch (ky over an undici pool)', () => {
  it('sends ky’s method, URL, headers and JSON body; returns status, headers and text', async () => {
    server.handle((_req, res) => send(res, 201, { ok: true }, { 'x-extra': 'a' }));
    const response = await api()('v1/items?x=1', { method: 'POST', json: { amount: 1 }, headers: { 'x-transaction-id': 't-1' } });
    expect(response.status).toBe(201);
    expect(response.ok).toBe(true);
    expect(response.headers.get('X-Extra')).toBe('a');
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('missing')).toBeNull();
    expect(JSON.parse(await response.text())).toEqual({ ok: true });
    const [req] = server.requests;
    expect(req).toMatchObject({ method: 'POST', url: '/v1/items?x=1', body: '{"amount":1}' });
    expect(req.headers['x-transaction-id']).toBe('t-1');
    expect(req.headers['content-type']).toContain('application/json');
  });

  it('never follows a redirect', async () => {
    server.handle((_req, res) => send(res, 302, undefined, { location: '/elsewhere' }));
    const response = await api()('v1/a');
    expect(response.status).toBe(302);
    expect(server.requests).toHaveLength(1);
  });

  it('an AttemptAbort passed through ky aborts the call, also while the body is read', async () => {
    server.handle(() => hang());
    const abort = new AttemptAbort();
    const pending = api()('v1/slow', { [ATTEMPT_ABORT_OPTION]: abort } as never);
    setTimeout(() => abort.abort(), 50);
    await expect(pending).rejects.toBeDefined();
    expect(abort.aborted).toBe(true);

    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial":');
    });
    const bodyAbort = new AttemptAbort();
    const response = await api()('v1/stall', { [ATTEMPT_ABORT_OPTION]: bodyAbort } as never);
    setTimeout(() => bodyAbort.abort(), 50);
    await expect(response.text()).rejects.toBeDefined();
  });

  it('without an AttemptAbort, the Request’s signal aborts the call', async () => {
    server.handle(() => hang());
    const controller = new AbortController();
    const pending = api()('v1/slow', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toBeDefined();
  });
});
