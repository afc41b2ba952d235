import { createProviderHttp, type ProviderHttpOptions, type UpstreamErrorContext } from '../../../src/datasources/http/provider-http';
import { TokenManager } from '../../../src/datasources/http/token-manager';
import { PaygraphError, ProviderAuthError, ProviderNotFoundError, ProviderRejectedError, ProviderUnavailableError } from '../../../src/errors/domain-errors';
import { Agent } from 'undici';
import { hang, send, startTestServer, type TestServer } from './test-server';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A provider mapError like the datasources will write: branch on the status only. */
function mapError(ctx: UpstreamErrorContext): Error {
  const details = { provider: 'ASTRA' as const, upstreamTransactionId: ctx.transactionId, httpStatus: ctx.status };
  if (ctx.status >= 500 || ctx.status === 429 || ctx.status === 408) return new ProviderUnavailableError('Astra is unavailable', details);
  if (ctx.status === 404) return new ProviderNotFoundError('Not found at Astra', details);
  const errors = (ctx.body as { errors?: string[] } | undefined)?.errors ?? [];
  return new ProviderRejectedError('Astra rejected the request', errors, details);
}

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

function client(overrides: Partial<ProviderHttpOptions> = {}) {
  return createProviderHttp({
    provider: 'ASTRA',
    prefixUrl: server.url,
    timeoutMs: 1_000,
    deadlineMs: 5_000,
    retry: { limit: 2, backoffBaseMs: 5, backoffCapMs: 20, retryAfterCapMs: 200 },
    headers: { 'user-agent': 'paygraph-test' },
    mapError,
    ...overrides,
  });
}

async function caught(promise: Promise<unknown>): Promise<PaygraphError> {
  try {
    await promise;
  } catch (error) {
    return error as PaygraphError;
  }
  throw new Error('expected a rejection');
}

/** Token endpoint + API on the same server; the API accepts only the latest issued token. */
function withTokens(opts: { tokenDelayMs?: number; rejectAll?: boolean } = {}) {
  let issued = 0;
  let valid = '';
  const tokens = new TokenManager({
    key: 'ASTRA:sandbox:client-1',
    refreshMarginMs: 60_000,
    fetchToken: async () => {
      const res = await fetch(`${server.url}/oauth/v1/token`, { method: 'POST' });
      const body = (await res.json()) as { access_token: string; expires_in: number };
      return { accessToken: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 };
    },
  });
  server.handle(async (req, res) => {
    if (req.url === '/oauth/v1/token') {
      issued++;
      valid = `secret-token-${issued}`;
      const token = valid;
      if (opts.tokenDelayMs) await new Promise((r) => setTimeout(r, opts.tokenDelayMs));
      return send(res, 200, { access_token: token, expires_in: 3600 });
    }
    if (opts.rejectAll || req.headers.authorization !== `Bearer ${valid}`) {
      return send(res, 401, { errorCode: 401, message: 'Unauthorized', errors: [] });
    }
    return send(res, 200, { id: 'p1', path: req.url });
  });
  return {
    tokens,
    issued: () => issued,
    revoke: () => {
      valid = 'revoked';
    },
  };
}

describe('provider-http: bodies and headers', () => {
  it('parses JSON, sends static headers, a UUID transaction id, query and JSON body', async () => {
    server.handle((_req, r) => send(r, 200, { ok: true }));
    const http = client();
    const res = await http.post<{ ok: boolean }>('/v1/charges', {
      searchParams: { page: 2, size: 50, skip: undefined, all: true },
      json: { amount: 10.5 },
    });
    expect(res).toMatchObject({ status: 200, body: { ok: true } });
    const [req] = server.requests;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/v1/charges?page=2&size=50&all=true');
    expect(req.headers['content-type']).toContain('application/json');
    expect(req.headers['user-agent']).toBe('paygraph-test');
    expect(req.headers.accept).toBe('application/json');
    expect(JSON.parse(req.body)).toEqual({ amount: 10.5 });
    expect(req.headers['x-transaction-id']).toMatch(UUID);
    expect(res.transactionId).toBe(req.headers['x-transaction-id']);
  });

  it('sends a form body, a custom transaction id header and a caller-chosen id', async () => {
    server.handle((_req, r) => send(r, 200, { access_token: 'a', expires_in: 60 }));
    const http = client({ transactionIdHeader: 'X-Request-Id' });
    const res = await http.post<{ access_token: string }>('oauth/v1/token', {
      form: { grant_type: 'client_credentials', client_id: 'c' },
      transactionId: 'trace-1',
    });
    expect(res.body.access_token).toBe('a');
    const [req] = server.requests;
    expect(req.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(req.body).toBe('grant_type=client_credentials&client_id=c');
    expect(req.headers['x-request-id']).toBe('trace-1');
  });

  it('returns undefined for an empty body and text for a non-JSON body', async () => {
    const http = client();
    server.handle((_req, r) => send(r, 200));
    await expect(http.delete('v1/webhooks/1')).resolves.toMatchObject({ status: 200, body: undefined });
    server.handle((_req, r) => send(r, 200, 'plain'));
    await expect(http.get('v1/ping')).resolves.toMatchObject({ body: 'plain' });
  });

  it('a malformed JSON success is PROVIDER_UNAVAILABLE without the body in the message', async () => {
    server.handle((_req, r) => {
      r.writeHead(200, { 'content-type': 'application/json' }).end('{"secretField": ');
    });
    const error = await caught(client().get('v1/payments/1'));
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(error.message).not.toContain('secretField');
  });

  it('4xx goes through mapError with parsed body', async () => {
    const seen: UpstreamErrorContext[] = [];
    server.handle((_req, r) => send(r, 400, { errorCode: 36, message: 'Invalid request parameters', errors: ['Amount must be greater than 0.01'] }));
    const http = client({
      mapError: (ctx) => {
        seen.push(ctx);
        return mapError(ctx);
      },
    });
    const error = await caught(http.get('/v1/charges', { searchParams: { q: 'x' } }));
    expect(error).toBeInstanceOf(ProviderRejectedError);
    expect((error as ProviderRejectedError).providerMessages).toEqual(['Amount must be greater than 0.01']);
    expect(server.requests).toHaveLength(1); // 4xx is an answer: no retry
    expect(seen).toEqual([
      {
        status: 400,
        body: { errorCode: 36, message: 'Invalid request parameters', errors: ['Amount must be greater than 0.01'] },
        transactionId: server.requests[0].headers['x-transaction-id'],
        method: 'GET',
        path: '/v1/charges',
      },
    ]);
  });

  it('does not follow redirects: a 3xx goes through mapError', async () => {
    const other = await startTestServer();
    try {
      server.handle((_req, r) => send(r, 302, undefined, { location: `${other.url}/steal` }));
      const seen: number[] = [];
      const http = client({ mapError: (ctx) => (seen.push(ctx.status), mapError(ctx)) });
      await caught(http.get('v1/payments/p1'));
      expect(seen).toEqual([302]);
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('HEAD returns 410/422 without throwing', async () => {
    const http = client();
    for (const status of [200, 410, 422, 404]) {
      server.handle((req, r) => {
        expect(req.method).toBe('HEAD');
        send(r, status);
      });
      const res = await http.head('wallet/partner/transactions/ref-1/check');
      expect(res.status).toBe(status);
      expect(res.transactionId).toMatch(UUID);
    }
    expect(server.requests).toHaveLength(4);
  });

  it('HEAD still throws when 5xx outlasts the retries', async () => {
    server.handle((_req, r) => send(r, 503));
    const error = await caught(client().head('check'));
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(server.requests).toHaveLength(3);
  });
});

describe('provider-http: retries', () => {
  it('retries 503 then succeeds', async () => {
    let n = 0;
    server.handle((_req, r) => (++n < 3 ? send(r, 503, { errorCode: 503 }) : send(r, 200, { id: 'p1' })));
    const res = await client().get<{ id: string }>('v1/payments/p1');
    expect(res.body).toEqual({ id: 'p1' });
    expect(server.requests).toHaveLength(3);
  });

  it('keeps one x-transaction-id across retries of a GET', async () => {
    let n = 0;
    server.handle((_req, r) => (++n < 3 ? send(r, n === 1 ? 500 : 429) : send(r, 200, {})));
    const res = await client().get('v1/payments/p1');
    const ids = server.requests.map((r) => r.headers['x-transaction-id']);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBe(res.transactionId);
    // ... and a different id for the next logical call
    await client().get('v1/payments/p1');
    expect(server.requests[3].headers['x-transaction-id']).not.toBe(ids[0]);
  });

  it('does not retry a POST on 503 unless idempotent', async () => {
    server.handle((_req, r) => send(r, 503, { errorCode: 503, message: 'Service unavailable' }));
    const http = client();
    const error = await caught(http.post('v1/charges', { json: { amount: 1 } }));
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(error.details.httpStatus).toBe(503);
    expect(server.requests).toHaveLength(1);

    await caught(http.post('v1/charges', { json: { amount: 1 }, idempotent: true }));
    expect(server.requests).toHaveLength(1 + 3);
    const retried = server.requests.slice(1);
    expect(retried.every((r) => r.body === '{"amount":1}')).toBe(true); // body resent on each attempt
  });

  it('does not retry a PUT declared non-idempotent, nor any 4xx', async () => {
    server.handle((_req, r) => send(r, 503));
    await caught(client().put('v1/pix-checkout/1/release', { idempotent: false }));
    expect(server.requests).toHaveLength(1);
    server.handle((_req, r) => send(r, 409, { errors: [] }));
    await caught(client().get('v1/x'));
    expect(server.requests).toHaveLength(2);
  });

  it('exhausted 5xx retries go through mapError', async () => {
    server.handle((_req, r) => send(r, 500, { errorCode: 1, message: 'Critical system error - please contact support' }));
    const error = await caught(client().get('v1/payments/p1'));
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(error.details).toMatchObject({ httpStatus: 500, upstreamTransactionId: server.requests[0].headers['x-transaction-id'] });
    expect(error.message).not.toContain('Critical');
    expect(server.requests).toHaveLength(3);
  });

  it('honours Retry-After up to the cap', async () => {
    let n = 0;
    // 60 s asked, capped at 150 ms; backoff alone would be <= 20 ms. Uncapped, the retry would wait 60 s, past jest's
    // 20 s test timeout, so a missing cap fails the test without an upper bound on the gap (cap arithmetic: unit tests).
    server.handle((_req, r) => (++n === 1 ? send(r, 429, {}, { 'retry-after': '60' }) : send(r, 200, {})));
    const http = client({ retry: { limit: 2, backoffBaseMs: 5, backoffCapMs: 20, retryAfterCapMs: 150 } });
    await http.get('v1/payments/p1');
    const gap = server.requests[1].at - server.requests[0].at;
    expect(gap).toBeGreaterThanOrEqual(140);

    // HTTP-date form (a minute ahead), capped the same way. Exact date arithmetic: unit tests.
    n = 0;
    server.requests.length = 0;
    const at = new Date(Date.now() + 60_000).toUTCString();
    server.handle((_req, r) => (++n === 1 ? send(r, 503, {}, { 'retry-after': at }) : send(r, 200, {})));
    await http.get('v1/payments/p1');
    const dateGap = server.requests[1].at - server.requests[0].at;
    expect(dateGap).toBeGreaterThanOrEqual(140);
  });

  it('does not wait for a Retry-After that ends past the deadline', async () => {
    // The Retry-After (120 s) ends past the deadline (60 s), and both are past jest's 20 s test timeout: a client that
    // waited for either would fail the test by timing out, so no wall-clock bound is needed here.
    server.handle((_req, r) => send(r, 503, {}, { 'retry-after': '120' }));
    const http = client({ deadlineMs: 60_000, retry: { limit: 2, backoffBaseMs: 5, backoffCapMs: 20, retryAfterCapMs: 600_000 } });
    const error = await caught(http.get('v1/payments/p1'));
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(server.requests).toHaveLength(1);
  });

  it('per-attempt timeout then retry', async () => {
    let n = 0;
    server.handle((_req, r) => (++n === 1 ? hang() : send(r, 200, { id: 'p1' })));
    const res = await client({ timeoutMs: 200 }).get<{ id: string }>('v1/payments/p1');
    expect(res.body).toEqual({ id: 'p1' });
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(server.requests[1].headers['x-transaction-id']).toBe(server.requests[0].headers['x-transaction-id']);
  });

  it('a body that stalls after the headers counts as a timeout', async () => {
    let n = 0;
    server.handle((_req, r) => {
      if (++n === 1) {
        r.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        r.write('{"partial":');
        return; // never finishes
      }
      send(r, 200, { id: 'p1' });
    });
    const res = await client({ timeoutMs: 200 }).get('v1/payments/p1');
    expect(res.body).toEqual({ id: 'p1' });
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
  });

  it('total deadline stops retries', async () => {
    server.handle(() => hang());
    const http = client({ timeoutMs: 100, deadlineMs: 350, retry: { limit: 10, backoffBaseMs: 5, backoffCapMs: 10, retryAfterCapMs: 100 } });
    const started = Date.now();
    const error = await caught(http.get('v1/payments/p1'));
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(error.message).toBe('Astra did not answer in time');
    // 10 retries allowed, but only ~3 attempts of 100 ms fit in 350 ms.
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(server.requests.length).toBeLessThanOrEqual(4);
    // A lower bound only: a slow machine makes it longer, never shorter. The attempt count above is what shows the deadline
    // stopped the retries (without it, 11 attempts of 100 ms would run).
    expect(elapsed).toBeGreaterThanOrEqual(340);
  });

  it('timeout → PROVIDER_UNAVAILABLE with the transaction id and no body in the message', async () => {
    let n = 0;
    server.handle((_req, r) => (++n === 1 ? send(r, 503, { detail: 'internal-secret-detail' }) : hang()));
    const http = client({ timeoutMs: 100, retry: { limit: 1, backoffBaseMs: 5, backoffCapMs: 10, retryAfterCapMs: 100 } });
    const error = await caught(http.get('v1/payments/p1'));
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(error.code).toBe('PROVIDER_UNAVAILABLE');
    expect(error.message).toBe('Astra did not answer in time');
    expect(error.details).toMatchObject({
      provider: 'ASTRA',
      retryable: true,
      upstreamTransactionId: server.requests[0].headers['x-transaction-id'],
    });
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain('internal-secret');
  });

  it('a POST that times out is not retried: the provider may have acted on it', async () => {
    server.handle(() => hang());
    const error = await caught(client({ timeoutMs: 100 }).post('v1/payments', { json: { amount: 1 } }));
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(error.message).toBe('Astra did not answer in time');
    expect(server.requests).toHaveLength(1);
  });

  it('a GET that keeps timing out is tried exactly 1 + retry limit times', async () => {
    server.handle(() => hang());
    const error = await caught(client({ timeoutMs: 100 }).get('v1/payments/p1'));
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(server.requests).toHaveLength(3); // limit 2
    expect(new Set(server.requests.map((r) => r.headers['x-transaction-id'])).size).toBe(1);
  });

  it('a 401 without a token manager is an answer for mapError, not a re-authentication', async () => {
    server.handle((_req, r) => send(r, 401, { message: 'no' }));
    const error = await caught(client().get('v1/payments/p1'));
    expect(error).toBeInstanceOf(ProviderRejectedError);
    expect(server.requests).toHaveLength(1);
  });

  it('a refused connection is PROVIDER_UNAVAILABLE after the retries', async () => {
    const dead = await startTestServer();
    const url = dead.url;
    await dead.close();
    const http = client({ prefixUrl: url });
    const error = await caught(http.get('v1/payments/p1'));
    expect(error).toBeInstanceOf(ProviderUnavailableError);
    expect(error.message).toBe('Astra could not be reached');
    expect(error.details.upstreamTransactionId).toMatch(UUID);
  });
});

describe('provider-http: tokens', () => {
  it('1,000 concurrent cold calls make one token call', async () => {
    const t = withTokens({ tokenDelayMs: 20 });
    // A bounded pool (as the benchmark would pass): 1,000 simultaneous connects would overflow the
    // test server's listen backlog and turn this into a SYN-retransmit test. undici's own `fetch`
    // cannot be given to ky (it rejects the global Request ky builds); the global fetch with an
    // undici `dispatcher` works.
    const agent = new Agent({ connections: 32 });
    const pooled = ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, { ...init, dispatcher: agent } as RequestInit)) as typeof fetch;
    try {
      // Generous limits: the per-attempt timer also covers the wait for a pooled connection.
      const http = client({ tokens: t.tokens, fetch: pooled, timeoutMs: 15_000, deadlineMs: 18_000 });
      const results = await Promise.all(Array.from({ length: 1_000 }, (_, i) => http.get(`v1/payments/${i}`)));
      expect(results.every((r) => r.status === 200)).toBe(true);
      expect(t.issued()).toBe(1);
      expect(t.tokens.fetchCount).toBe(1);
      expect(server.requestsTo('/oauth/v1/token')).toHaveLength(1);
    } finally {
      await agent.close();
    }
  });

  it('a 401 with a cached token refreshes once and retries once', async () => {
    const t = withTokens();
    const http = client({ tokens: t.tokens });
    await http.get('v1/payments/p1');
    t.revoke();
    const res = await http.post<{ id: string }>('v1/charges', { json: { amount: 1 } }); // POST too: a 401 was not processed
    expect(res.status).toBe(200);
    expect(t.issued()).toBe(2);
    const charges = server.requestsTo('/v1/charges');
    expect(charges.map((r) => r.headers.authorization)).toEqual(['Bearer secret-token-1', 'Bearer secret-token-2']);
    expect(charges[0].headers['x-transaction-id']).toBe(charges[1].headers['x-transaction-id']);
  });

  it('100 concurrent 401s cause one refresh', async () => {
    const t = withTokens({ tokenDelayMs: 20 });
    const http = client({ tokens: t.tokens });
    await http.get('v1/warm-up');
    t.revoke();
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => http.get(`v1/payments/${i}`)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(t.issued()).toBe(2);
    expect(server.requestsTo('/oauth/v1/token')).toHaveLength(2);
  });

  it('a second 401 surfaces ProviderAuthError', async () => {
    const t = withTokens({ rejectAll: true });
    const http = client({ tokens: t.tokens });
    const error = await caught(http.get('v1/payments/p1'));
    expect(error).toBeInstanceOf(ProviderAuthError);
    expect(error.code).toBe('PROVIDER_AUTH_FAILED');
    expect(error.details).toMatchObject({ provider: 'ASTRA', httpStatus: 401 });
    expect(server.requestsTo('/v1/payments/p1')).toHaveLength(2);
    expect(t.issued()).toBe(2);
    const visible = JSON.stringify({ message: error.message, details: error.details, stack: error.stack });
    expect(visible).not.toContain('secret-token');
  });

  it('HEAD re-authenticates once on 401 too', async () => {
    const t = withTokens();
    const http = client({ tokens: t.tokens });
    await http.head('check');
    t.revoke();
    await expect(http.head('check')).resolves.toMatchObject({ status: 200 });
    expect(t.issued()).toBe(2);
  });

  it('a token endpoint failure is not retried by the call and not cached', async () => {
    let fail = true;
    const tokens = new TokenManager({
      key: 'ASTRA:sandbox:c',
      refreshMarginMs: 0,
      fetchToken: async () => {
        if (fail) throw new ProviderUnavailableError('Astra did not answer in time', { provider: 'ASTRA' });
        return { accessToken: 'ok-token', expiresAt: Date.now() + 60_000 };
      },
    });
    server.handle((_req, r) => send(r, 200, {}));
    const http = client({ tokens });
    await expect(http.get('v1/payments/p1')).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(server.requests).toHaveLength(0);
    fail = false;
    await expect(http.get('v1/payments/p1')).resolves.toMatchObject({ status: 200 });
    expect(tokens.fetchCount).toBe(2);
  });
});
