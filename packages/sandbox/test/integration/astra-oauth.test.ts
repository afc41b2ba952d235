import { startAstraSimulator, type AstraSimulator } from '../../src/astra';
import { AstraSimClient } from '../helpers/astra-sim-client';

const UUID = '550e8400-e29b-41d4-a716-446655440000';

describe('Astra simulator: OAuth token and request headers', () => {
  let sim: AstraSimulator;
  let api: AstraSimClient;

  beforeEach(async () => {
    sim = await startAstraSimulator({ tokenTtlSeconds: 60, sandboxDelayMs: 0 });
    api = new AstraSimClient(sim.url, sim.clientId, sim.clientSecret);
  });
  afterEach(() => sim.close());

  it('issues a bearer token for valid form-encoded client credentials (ASM-A03)', async () => {
    const response = await api.requestToken();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body).toEqual({
      access_token: expect.any(String),
      expires_in: 60,
      refresh_expires_in: 0,
      token_type: 'Bearer',
      'not-before-policy': 0,
      scope: 'email profile',
    });
    expect(sim.clientId).toBe('sandbox-client');
    expect(sim.counters.count('POST /oauth/v1/token')).toBe(1);
  });

  it('does not require x-transaction-id on the token route (ASM-A02)', async () => {
    const response = await api.requestToken();
    expect(response.status).toBe(200);
    expect(sim.counters.log[0].transactionId).toBeUndefined();
  });

  it.each([
    ['grant_type missing', { grant_type: undefined }, 400, 'unsupported_grant_type', 'GrantType not supported.'],
    ['grant_type not client_credentials', { grant_type: 'password' }, 400, 'unsupported_grant_type', 'GrantType not supported.'],
    ['client_id missing', { client_id: undefined }, 401, 'invalid_client', 'Invalid credentials format.'],
    ['client_secret empty', { client_secret: '' }, 401, 'invalid_client', 'Invalid credentials format.'],
    ['unknown client_id', { client_id: 'someone-else' }, 401, 'invalid_client', 'Invalid client credentials.'],
    ['wrong client_secret', { client_secret: 'nope' }, 401, 'invalid_client', 'Invalid client credentials.'],
    ['scope outside email/profile', { scope: 'admin' }, 400, 'invalid_scope', 'Client does not have the requested scope.'],
  ])('rejects a token request with %s (ASM-A04)', async (_case, fields, status, error, description) => {
    const response = await api.requestToken(fields);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ error, error_description: description });
  });

  it('accepts the allowed scopes and echoes them', async () => {
    for (const scope of ['email', 'profile', 'email profile']) {
      const response = await api.requestToken({ scope });
      expect(response.status).toBe(200);
      expect(response.body.scope).toBe(scope);
    }
  });

  it('rejects a JSON token body as invalid_client (credentials only from the form, ASM-A04)', async () => {
    const response = await fetch(`${sim.url}/oauth/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: sim.clientId, client_secret: sim.clientSecret }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'invalid_client', error_description: 'Invalid credentials format.' });
  });

  it('ignores HTTP Basic credentials (form body only, ASM-A02)', async () => {
    const response = await fetch(`${sim.url}/oauth/v1/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${sim.clientId}:${sim.clientSecret}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(401);
  });

  it('honours custom credentials', async () => {
    const custom = await startAstraSimulator({ clientId: 'c-1', clientSecret: 's-1' });
    try {
      const client = new AstraSimClient(custom.url, 'c-1', 's-1');
      expect((await client.requestToken()).status).toBe(200);
      expect((await client.requestToken({ client_id: 'sandbox-client', client_secret: 'sandbox-secret' })).status).toBe(401);
    } finally {
      await custom.close();
    }
  });

  it('accepts the token on API calls and rejects it once expires_in elapsed on the simulator clock (ASM-A03)', async () => {
    expect((await api.call('GET', '/charge/v1/dynamic')).status).toBe(200);
    sim.clock.advance(59_000);
    expect((await api.call('GET', '/charge/v1/dynamic')).status).toBe(200);
    sim.clock.advance(1_000);
    const expired = await api.call('GET', '/charge/v1/dynamic');
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ errorCode: 401, message: 'Unauthorized' });
    api.forgetToken();
    expect((await api.call('GET', '/charge/v1/dynamic')).status).toBe(200);
  });

  it('expires tokens in real time too (no clock advance)', async () => {
    // 2 s: long enough that the first call is always inside the lifetime on a loaded machine.
    const shortLived = await startAstraSimulator({ tokenTtlSeconds: 2 });
    try {
      const client = new AstraSimClient(shortLived.url, shortLived.clientId, shortLived.clientSecret);
      expect((await client.call('GET', '/webhook/v1')).status).toBe(200);
      // The token was issued before this instant: wait (on the simulator's clock, which only real
      // time moves here) until its lifetime has surely passed, then it must be refused.
      const expiredFrom = shortLived.clock.nowMs() + 2_000;
      while (shortLived.clock.nowMs() <= expiredFrom) await new Promise((resolve) => setTimeout(resolve, 25));
      expect((await client.call('GET', '/webhook/v1')).status).toBe(401);
    } finally {
      await shortLived.close();
    }
  });

  it('revokeTokens() invalidates every token issued so far but not later ones', async () => {
    const before = await api.token();
    sim.revokeTokens();
    expect((await api.call('GET', '/webhook/v1', { token: before })).status).toBe(401);
    api.forgetToken();
    expect((await api.call('GET', '/webhook/v1')).status).toBe(200);
  });

  it.each([
    ['missing', null],
    ['unknown', 'not-a-token-we-issued'],
  ])('answers 401 with the Astra error body for a %s bearer token (ASM-A07)', async (_case, token) => {
    const response = await api.call('GET', '/charge/v1/dynamic', { token, transactionId: UUID });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      errorCode: 401,
      message: 'Unauthorized',
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      xTransactionId: UUID,
      errors: [expect.any(String)],
    });
  });

  it('answers 401 for a malformed Authorization header', async () => {
    const token = await api.token();
    const response = await api.call('GET', '/charge/v1/dynamic', { token: null, headers: { authorization: `Token ${token}` } });
    expect(response.status).toBe(401);
  });

  it('checks authentication before x-transaction-id (ASM-A05)', async () => {
    const response = await api.call('GET', '/charge/v1/dynamic', { token: null, transactionId: null });
    expect(response.status).toBe(401);
    expect(response.body.xTransactionId).toBe('');
  });

  it.each([
    ['missing', null, ''],
    ['not a UUID', 'abc-123', 'abc-123'],
    ['a UUID without dashes', '550e8400e29b41d4a716446655440000', '550e8400e29b41d4a716446655440000'],
  ])('answers 400 errorCode 36 when x-transaction-id is %s, echoing the raw value', async (_case, transactionId, echoed) => {
    const response = await api.call('GET', '/charge/v1/dynamic', { transactionId });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      errorCode: 36,
      message: 'Invalid request parameters',
      xTransactionId: echoed,
      errors: ['x-transaction-id header is required and must be a UUID'],
    });
  });

  it('accepts any UUID version, upper or lower case', async () => {
    expect((await api.call('GET', '/webhook/v1', { transactionId: '6BA7B810-9DAD-11D1-80B4-00C04FD430C8' })).status).toBe(200);
  });

  it('answers 404 for an unknown route and 405 for a known path with the wrong method (ASM-A07)', async () => {
    const missing = await api.call('GET', '/charge/v1/nothing-here', { transactionId: UUID });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ errorCode: 404, message: 'Resource not found', xTransactionId: UUID });
    const wrongMethod = await api.call('DELETE', '/charge/v1/dynamic');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body).toMatchObject({ errorCode: 405, message: 'Method not allowed' });
  });

  it('answers 400 with the Astra body for malformed JSON', async () => {
    const response = await api.call('POST', '/charge/v1/dynamic', { body: '{"amount": ', transactionId: UUID });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errorCode: 36, xTransactionId: UUID });
  });
});
