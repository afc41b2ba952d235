import { createServer, type Server } from 'node:net';
import { createProviderHttp, type ProviderHttpOptions } from '../../../src/datasources/http/provider-http';
import { TokenManager } from '../../../src/datasources/http/token-manager';
import { ProviderUnavailableError } from '../../../src/errors/domain-errors';
import { freePort } from '../../helpers/ports';
import { hang, send, startTestServer, type TestServer } from './test-server';

/**
 * ProviderUnavailableError.requestSent (issue 23, case 8): false only when no attempt of the call
 * can have reached the provider (connection refused, no token), so the idempotency guard leaves the
 * key usable; true as soon as one attempt may have been received (a timeout after sending, a 5xx),
 * even if a later attempt of the same call was refused.
 */
function client(prefixUrl: string, overrides: Partial<ProviderHttpOptions> = {}) {
  return createProviderHttp({
    provider: 'ASTRA',
    prefixUrl,
    timeoutMs: 300,
    deadlineMs: 2_000,
    retry: { limit: 2, backoffBaseMs: 5, backoffCapMs: 20, retryAfterCapMs: 200 },
    mapError: (ctx) => new ProviderUnavailableError('Astra is unavailable', { provider: 'ASTRA', httpStatus: ctx.status }),
    ...overrides,
  });
}

async function unavailable(promise: Promise<unknown>): Promise<ProviderUnavailableError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    return error as ProviderUnavailableError;
  }
  throw new Error('expected a ProviderUnavailableError');
}

/** A loopback URL nothing listens on: connecting to it is refused. */
async function closedUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}

describe('provider-http: whether a failed call may have reached the provider', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  test('a POST to a closed port: PROVIDER_UNAVAILABLE with requestSent false', async () => {
    const error = await unavailable(client(await closedUrl()).post('charge/v1/dynamic', { json: { amount: 1 } }));
    expect(error.requestSent).toBe(false);
    expect(error.code).toBe('PROVIDER_UNAVAILABLE');
  });

  test('a GET to a closed port, retried: every attempt refused, requestSent false', async () => {
    const error = await unavailable(client(await closedUrl()).get('charge/v1/dynamic/x'));
    expect(error.requestSent).toBe(false);
  });

  test('a POST that times out after it was sent: requestSent true', async () => {
    server = await startTestServer(hang);
    const error = await unavailable(client(server.url).post('charge/v1/dynamic', { json: { amount: 1 } }));
    expect(error.requestSent).toBe(true);
    // The request did arrive: the flag is not a guess.
    expect(server.requestsTo('/charge/v1/dynamic')).toHaveLength(1);
  });

  test('a POST answered 503: requestSent true', async () => {
    server = await startTestServer((_req, res) => send(res, 503, { errorCode: 503 }));
    const error = await unavailable(client(server.url).post('charge/v1/dynamic', { json: { amount: 1 } }));
    expect(error.requestSent).toBe(true);
  });

  test('a GET answered 503 once, then refused on its retries: requestSent stays true', async () => {
    const port = await freePort();
    const listener = await plainHttpOn(port, () => listener.close());
    const error = await unavailable(client(`http://127.0.0.1:${port}`).get('charge/v1/dynamic/x'));
    expect(listener.answered()).toBe(1);
    expect(error.requestSent).toBe(true);
  });

  test('no access token (the token endpoint refuses connections): the POST is not sent, requestSent false', async () => {
    server = await startTestServer((_req, res) => send(res, 200, {}));
    const tokenUrl = `${await closedUrl()}/oauth/v1/token`;
    const tokens = new TokenManager({
      key: 'ASTRA:test:request-sent',
      refreshMarginMs: 60_000,
      fetchToken: async () => {
        const response = await fetch(tokenUrl, { method: 'POST' });
        const body = (await response.json()) as { access_token: string; expires_in: number };
        return { accessToken: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
      },
    });
    const error = await unavailable(client(server.url, { tokens }).post('charge/v1/dynamic', { json: { amount: 1 } }));
    expect(error.requestSent).toBe(false);
    expect(server.requests).toHaveLength(0);
  });
});

/**
 * An HTTP/1.1 listener on `port` that answers one request 503 with `connection: close` and then
 * calls `afterFirst` (which stops listening), so later attempts of the call are refused.
 */
async function plainHttpOn(port: number, afterFirst: () => void): Promise<{ answered: () => number; close: () => void }> {
  let answered = 0;
  const server: Server = createServer((socket) => {
    socket.once('data', () => {
      answered++;
      socket.end('HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}');
      afterFirst();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { answered: () => answered, close: () => server.close() };
}
