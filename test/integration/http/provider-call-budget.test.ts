import { createProviderHttp, type UpstreamErrorContext } from '../../../src/datasources/http/provider-http';
import { runWithProviderCallBudget } from '../../../src/datasources/http/provider-call-budget';
import { TokenManager } from '../../../src/datasources/http/token-manager';
import { ErrorCode } from '../../../src/errors/codes';
import { PaygraphError, ProviderUnavailableError } from '../../../src/errors/domain-errors';
import { send, startTestServer, type TestServer } from './test-server';

/** provider-http under an operation's provider-call budget (the estimate is a ceiling), over real HTTP. */
let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

const mapError = (ctx: UpstreamErrorContext): Error => new ProviderUnavailableError('Astra is unavailable', { provider: 'ASTRA', upstreamTransactionId: ctx.transactionId });

function client(tokens?: TokenManager) {
  return createProviderHttp({
    provider: 'ASTRA',
    prefixUrl: server.url,
    timeoutMs: 1_000,
    deadlineMs: 5_000,
    retry: { limit: 2, backoffBaseMs: 1, backoffCapMs: 2, retryAfterCapMs: 10 },
    mapError,
    tokens,
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

const API = '/v1/thing';

describe('provider-http spends the operation budget per attempt', () => {
  test('every attempt spends one unit: budget 2, always 503 → 2 requests, then COST_BUDGET_EXHAUSTED, retryable', async () => {
    server.handle((_req, res) => send(res, 503, {}));
    const error = await caught(runWithProviderCallBudget(2, () => client().get(API)));
    expect(server.requestsTo(API)).toHaveLength(2);
    expect(error.code).toBe(ErrorCode.COST_BUDGET_EXHAUSTED);
    expect(error.details).toMatchObject({ provider: 'ASTRA', retryable: true, httpStatus: 503, upstreamTransactionId: server.requests[0].headers['x-transaction-id'] });
    expect(error.message).toBe('Astra answered 503 and this operation has no provider call left for a retry (its cost estimate is the limit)');
  });

  test('a budget that covers the retries changes nothing: budget 3 → 3 requests, PROVIDER_UNAVAILABLE', async () => {
    server.handle((_req, res) => send(res, 503, {}));
    const error = await caught(runWithProviderCallBudget(3, () => client().get(API)));
    expect(server.requestsTo(API)).toHaveLength(3);
    expect(error.code).toBe(ErrorCode.PROVIDER_UNAVAILABLE);
  });

  test('a spent budget sends nothing', async () => {
    const error = await caught(runWithProviderCallBudget(0, () => client().get(API)));
    expect(server.requests).toHaveLength(0);
    expect(error.code).toBe(ErrorCode.COST_BUDGET_EXHAUSTED);
    expect(error.message).toBe('This operation has used every provider call its cost estimate allows; Astra was not called');
    expect(error.details.httpStatus).toBeUndefined();
  });

  test('calls share the budget: budget 3 and three calls that each fail once → 3 first attempts, no retry', async () => {
    server.handle((_req, res) => send(res, 503, {}));
    const http = client();
    const errors = await runWithProviderCallBudget(3, () => Promise.all([1, 2, 3].map((i) => caught(http.get(`${API}/${i}`)))));
    expect(server.requests).toHaveLength(3);
    expect(errors.map((error) => error.code)).toEqual(Array(3).fill(ErrorCode.COST_BUDGET_EXHAUSTED));
  });

  test('a network error retry spends too: budget 1, connection refused → 1 attempt', async () => {
    const closed = server.url;
    await server.close();
    const http = createProviderHttp({
      provider: 'ASTRA',
      prefixUrl: closed,
      timeoutMs: 500,
      deadlineMs: 2_000,
      retry: { limit: 2, backoffBaseMs: 1, backoffCapMs: 2, retryAfterCapMs: 10 },
      mapError,
    });
    const error = await caught(runWithProviderCallBudget(1, () => http.get(API)));
    expect(error.code).toBe(ErrorCode.COST_BUDGET_EXHAUSTED);
    expect(error.message).toMatch(/^Astra did not answer and this operation has no provider call left/);
    server = await startTestServer(); // afterEach closes it
  });

  test('outside any budget (webhook confirmations, pollers) the retries are unchanged', async () => {
    server.handle((_req, res) => send(res, 503, {}));
    const error = await caught(client().get(API));
    expect(server.requestsTo(API)).toHaveLength(3);
    expect(error.code).toBe(ErrorCode.PROVIDER_UNAVAILABLE);
  });
});

describe('tokens and the budget', () => {
  /** Token endpoint + API; the API accepts only the latest issued token. */
  function withTokens() {
    let issued = 0;
    let valid = '';
    const tokens = new TokenManager({
      key: 'ASTRA:sandbox:budget',
      refreshMarginMs: 60_000,
      fetchToken: async () => {
        const body = (await client().post<{ access_token: string }>('/oauth/v1/token')).body;
        return { accessToken: body.access_token, expiresAt: Date.now() + 3_600_000 };
      },
    });
    server.handle((req, res) => {
      if (req.url === '/oauth/v1/token') {
        valid = `token-${++issued}`;
        return send(res, 200, { access_token: valid });
      }
      return req.headers.authorization === `Bearer ${valid}` ? send(res, 200, { ok: true }) : send(res, 401, {});
    });
    return { tokens, revoke: () => (valid = 'revoked') };
  }

  test('a token request is not a provider data call: budget 1 with a cold token → token + 1 API call', async () => {
    const { tokens } = withTokens();
    const response = await runWithProviderCallBudget(1, () => client(tokens).get<{ ok: boolean }>(API));
    expect(response.body.ok).toBe(true);
    expect(server.requestsTo('/oauth/v1/token')).toHaveLength(1);
    expect(server.requestsTo(API)).toHaveLength(1);
  });

  test('the re-send after a 401 reuses the refused attempt unit: budget 1, revoked token → answered', async () => {
    const { tokens, revoke } = withTokens();
    const http = client(tokens);
    await http.get(API);
    revoke();
    const response = await runWithProviderCallBudget(1, () => http.get<{ ok: boolean }>(API));
    expect(response.body.ok).toBe(true);
    expect(server.requestsTo(API)).toHaveLength(3); // the unbudgeted warm-up, the 401, the re-send
    expect(server.requestsTo('/oauth/v1/token')).toHaveLength(2);
  });
});
