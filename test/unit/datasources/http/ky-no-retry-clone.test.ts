import { createProviderHttp } from '../../../../src/datasources/http/provider-http';

/** A fetch that records what ky hands it and answers 200 with the request's body echoed. */
function recordingFetch() {
  const seen: Request[] = [];
  const fetch = (async (request: Request) => {
    seen.push(request);
    const body = request.body === null ? '' : await request.text();
    return new Response(JSON.stringify({ method: request.method, body }), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, seen };
}

function client(fetch: typeof globalThis.fetch) {
  return createProviderHttp({
    provider: 'ASTRA',
    prefixUrl: 'http://127.0.0.1:9/api',
    timeoutMs: 1_000,
    deadlineMs: 2_000,
    retry: { limit: 2, backoffBaseMs: 1, backoffCapMs: 1, retryAfterCapMs: 1 },
    mapError: () => new Error('unexpected status'),
    fetch,
  });
}

describe('ky without its per-call Request clone', () => {
  let clone: jest.SpyInstance;
  beforeEach(() => {
    clone = jest.spyOn(Request.prototype, 'clone');
  });
  afterEach(() => clone.mockRestore());

  it('sends a GET without cloning the Request', async () => {
    const { fetch, seen } = recordingFetch();
    const answer = await client(fetch).get<{ method: string }>('/charge/1');
    expect(answer.body.method).toBe('GET');
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe('http://127.0.0.1:9/api/charge/1');
    expect(clone).not.toHaveBeenCalled();
  });

  it('sends a POST body intact, without cloning (no tee of the body stream)', async () => {
    const { fetch } = recordingFetch();
    const answer = await client(fetch).post<{ body: string }>('/charge', { json: { amount: '10.00' } });
    expect(JSON.parse(answer.body.body)).toEqual({ amount: '10.00' });
    expect(clone).not.toHaveBeenCalled();
  });

  it('builds a fresh Request for each retry attempt', async () => {
    const seen: Request[] = [];
    let calls = 0;
    const flaky = (async (request: Request) => {
      seen.push(request);
      calls++;
      return new Response('{}', { status: calls === 1 ? 503 : 200, headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof globalThis.fetch;
    await client(flaky).get('/charge/1');
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]);
    expect(clone).not.toHaveBeenCalled();
  });
});
