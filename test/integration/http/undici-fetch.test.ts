import ky from 'ky';
import { Agent } from 'undici';
import { ATTEMPT_ABORT_OPTION, AttemptAbort, createUndiciFetch } from '../../../src/datasources/http/undici-fetch';
import { send, startTestServer, type TestServer } from './test-server';

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

  /** A handler that never answers and tells when the request has reached the server. */
  function hangAndSignalArrival(): Promise<void> {
    return new Promise<void>((arrived) => server.handle(() => arrived()));
  }

  it('an AttemptAbort passed through ky aborts the call, also while the body is read', async () => {
    const arrived = hangAndSignalArrival();
    const abort = new AttemptAbort();
    const pending = api()('v1/slow', { [ATTEMPT_ABORT_OPTION]: abort } as never);
    await arrived; // abort a call that is really in flight
    abort.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', code: 'UND_ERR_ABORTED' });
    expect(abort.aborted).toBe(true);
    expect(server.requests).toHaveLength(1);

    let headersSent!: () => void;
    const stalled = new Promise<void>((resolve) => (headersSent = resolve));
    server.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"partial":', () => headersSent());
    });
    const bodyAbort = new AttemptAbort();
    const response = await api()('v1/stall', { [ATTEMPT_ABORT_OPTION]: bodyAbort } as never);
    expect(response.status).toBe(200);
    await stalled;
    const text = response.text();
    bodyAbort.abort();
    await expect(text).rejects.toMatchObject({ name: 'AbortError', code: 'UND_ERR_ABORTED' });
  });

  it('without an AttemptAbort, the Request’s signal aborts the call', async () => {
    const arrived = hangAndSignalArrival();
    const controller = new AbortController();
    const pending = api()('v1/slow', { signal: controller.signal });
    await arrived;
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  });

  it('a refused connection rejects (not an abort)', async () => {
    const url = server.url;
    await server.close();
    const refused = ky.create({ prefixUrl: url, retry: 0, timeout: false, throwHttpErrors: false, fetch: createUndiciFetch(agent) });
    const error: unknown = await refused('v1/a').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'ECONNREFUSED' });
    server = await startTestServer(); // afterEach closes it
  });
});
